import {
  importResultSchema,
  MSPDI_IMPORT_MAX_BYTES,
  mspdiRoutes,
  projectParamsSchema,
  workspaceParamsSchema,
} from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { problems } from '../http/problem-error';
import { publishCommitted } from '../scheduling/committed-write';
import type { MspdiService } from './mspdi.service';

const XML_TYPES = ['application/xml', 'text/xml'];

/**
 * MS Project XML import and export: XML bodies, so registered here rather than through
 * defineRoute; the XML parser and the 50 MB body limit apply to the import route only (the
 * plugin's scope).
 */
export async function registerMspdiRoutes(app: FastifyInstance, mspdi: MspdiService): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      XML_TYPES,
      { parseAs: 'string', bodyLimit: MSPDI_IMPORT_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.route({
      method: 'POST',
      url: mspdiRoutes.importProject.path,
      bodyLimit: MSPDI_IMPORT_MAX_BYTES,
      schema: {
        summary: 'Import an MS Project XML file (application/xml body) as a new project',
        tags: ['projects'],
        security: [{ sessionCookie: [] }],
        params: workspaceParamsSchema,
        response: { 201: importResultSchema },
      },
      handler: async (request, reply) => {
        const actor = request.actor;
        if (!actor) throw problems.unauthenticated();
        const { workspaceId } = request.params as { workspaceId: string };
        if (typeof request.body !== 'string' || request.body.trim() === '') {
          throw problems.validation(
            'body',
            'send the MS Project XML file as the body (content-type application/xml)',
          );
        }
        const result = publishCommitted(
          app,
          actor.userId,
          await mspdi.import(actor.userId, workspaceId, request.body),
        );
        reply.code(201);
        return result;
      },
    });
  });
  app.route({
    method: 'GET',
    url: mspdiRoutes.exportProject.path,
    schema: {
      summary: 'The project as MS Project XML (MSPDI)',
      tags: ['projects'],
      security: [{ sessionCookie: [] }],
      params: projectParamsSchema,
    },
    handler: async (request, reply) => {
      const actor = request.actor;
      if (!actor) throw problems.unauthenticated();
      const { projectId } = request.params as { projectId: string };
      const { fileName, xml } = await mspdi.export(actor.userId, projectId);
      reply.header('content-type', 'application/xml; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      return xml;
    },
  });
}
