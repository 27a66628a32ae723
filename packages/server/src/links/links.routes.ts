import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { publishCommitted } from '../scheduling/committed-write';
import { CHECKED_LIST_ITEMS, sampledListSerializer } from '../tasks/sampled-list-serializer';
import type { LinksService } from './links.service';

export function registerLinkRoutes(app: FastifyInstance, links: LinksService): void {
  const listSerializer = sampledListSerializer(
    routes.listLinks.response,
    'items',
    app.checksResponses ? CHECKED_LIST_ITEMS : 0,
  );
  defineRoute(app, routes.listLinks, async ({ actor, params, reply }) => {
    const items = await links.list(actor.userId, params.projectId);
    reply.serializer(listSerializer);
    return { items };
  });
  defineRoute(app, routes.createLink, async ({ actor, params, body }) =>
    publishCommitted(app, actor.userId, await links.create(actor.userId, params.projectId, body)),
  );
  defineRoute(app, routes.getLink, async ({ actor, params }) => links.get(actor.userId, params.linkId));
  defineRoute(app, routes.updateLink, async ({ actor, params, body }) =>
    publishCommitted(app, actor.userId, await links.update(actor.userId, params.linkId, body)),
  );
  defineRoute(app, routes.deleteLink, async ({ actor, params, query }) =>
    publishCommitted(app, actor.userId, await links.delete(actor.userId, params.linkId, query.version)),
  );
}
