import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { announceWrite } from '../live/announce-write';
import type { ShareLinksService, ShareLinkWrite } from './share-links.service';

export function registerShareLinkRoutes(app: FastifyInstance, shareLinks: ShareLinksService): void {
  const announce = <T>(actorId: string, write: ShareLinkWrite<T>, id: string): T =>
    announceWrite(app, actorId, 'share-link', write, [id]);
  defineRoute(app, routes.listShareLinks, async ({ actor, params }) => ({
    items: await shareLinks.list(actor.userId, params.workspaceId),
  }));
  defineRoute(app, routes.createShareLink, async ({ actor, params, body }) => {
    const write = await shareLinks.create(actor.userId, params.workspaceId, body);
    return announce(actor.userId, write, write.value.id);
  });
  defineRoute(app, routes.revokeShareLink, async ({ actor, params }) => {
    announce(actor.userId, await shareLinks.revoke(actor.userId, params.shareLinkId), params.shareLinkId);
    return undefined;
  });
  // public: the token is the only credential; nothing here writes
  defineRoute(app, routes.getSharedRoadmap, async ({ params }) => shareLinks.roadmap(params.token));
}
