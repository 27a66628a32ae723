import { PROBLEM_CONTENT_TYPE, problemSchema, type RouteDefinition } from '@tandem/api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../auth/actor';
import { problems } from './problem-error';

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type Result<R extends RouteDefinition> = R['response'] extends z.ZodType ? z.input<R['response']> : undefined;

/** What a handler receives: validated params and body, and the actor on session routes. */
export interface RouteInput<R extends RouteDefinition> {
  readonly params: Parsed<R['params']>;
  readonly body: Parsed<R['body']>;
  readonly query: Parsed<R['query']>;
  readonly actor: R['access'] extends 'session' ? Actor : Actor | null;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

export type RouteHandler<R extends RouteDefinition> = (input: RouteInput<R>) => Promise<Result<R>>;

/**
 * Registers one route of the `@tandem/api` route map: schemas from the contract (validated by
 * zod, shown in OpenAPI), the session requirement, and the success status.
 */
export function defineRoute<R extends RouteDefinition>(
  app: FastifyInstance,
  route: R,
  handler: RouteHandler<R>,
): void {
  // the problem answers are documented once for all 4xx/5xx; route code sends them as strings, so
  // these schemas only shape the OpenAPI document
  const problemContent = { content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } } };
  const response: Record<string, unknown> = {
    [route.status]: route.response ?? z.null().meta({ description: 'No content' }),
    '4XX': { description: 'A problem with the request (RFC 9457)', ...problemContent },
    '5XX': { description: 'An unexpected server error (RFC 9457)', ...problemContent },
  };
  app.route({
    method: route.method,
    url: route.path,
    schema: {
      summary: route.summary,
      tags: [route.tag],
      ...(route.access === 'session' ? { security: [{ sessionCookie: [] }] } : {}),
      ...(route.params ? { params: route.params } : {}),
      ...(route.query ? { querystring: route.query } : {}),
      ...(route.body ? { body: route.body } : {}),
      response,
    },
    // a missing session is a 401 before any 400: validation must not tell strangers what a route takes
    ...(route.access === 'session'
      ? {
          preValidation: async (request: FastifyRequest) => {
            if (!request.actor) throw problems.unauthenticated();
          },
        }
      : {}),
    handler: async (request, reply) => {
      const actor = request.actor;
      if (route.access === 'session' && !actor) throw problems.unauthenticated();
      const result = await handler({
        params: request.params as Parsed<R['params']>,
        body: request.body as Parsed<R['body']>,
        query: request.query as Parsed<R['query']>,
        actor: actor as RouteInput<R>['actor'],
        request,
        reply,
      });
      reply.code(route.status);
      if (route.response === null) return reply.send();
      return result;
    },
  });
}
