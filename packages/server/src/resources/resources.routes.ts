import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { publishEach } from './committed-writes';
import type { ResourcesService } from './resources.service';

export function registerResourceRoutes(app: FastifyInstance, resources: ResourcesService): void {
  defineRoute(app, routes.listResources, async ({ actor, params }) => ({
    items: await resources.list(actor.userId, params.workspaceId),
  }));
  defineRoute(app, routes.createResource, async ({ actor, params, body }) =>
    publishEach(app, actor.userId, await resources.create(actor.userId, params.workspaceId, body)),
  );
  defineRoute(app, routes.getResource, async ({ actor, params }) =>
    resources.get(actor.userId, params.resourceId),
  );
  defineRoute(app, routes.updateResource, async ({ actor, params, body }) =>
    publishEach(app, actor.userId, await resources.update(actor.userId, params.resourceId, body)),
  );
  defineRoute(app, routes.deleteResource, async ({ actor, params, query }) =>
    publishEach(app, actor.userId, await resources.delete(actor.userId, params.resourceId, query.version)),
  );
}
