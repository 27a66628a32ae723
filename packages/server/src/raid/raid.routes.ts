import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { announceWrite } from '../live/announce-write';
import type { RaidService, RaidWrite } from './raid.service';

export function registerRaidRoutes(app: FastifyInstance, raid: RaidService): void {
  // after commit: viewers refetch the log
  const announce = <T>(
    actorId: string,
    write: RaidWrite<T>,
    id: string,
    kind: 'upsert' | 'delete' = 'upsert',
  ): T => announceWrite(app, actorId, 'raid', write, [id], kind);
  defineRoute(app, routes.listRaidItems, async ({ actor, params, query }) => ({
    items: await raid.list(actor.userId, params.projectId, query.kind),
  }));
  defineRoute(app, routes.createRaidItem, async ({ actor, params, body }) => {
    const write = await raid.create(actor.userId, params.projectId, body);
    return announce(actor.userId, write, write.value.id);
  });
  defineRoute(app, routes.getRaidItem, async ({ actor, params }) => raid.get(actor.userId, params.itemId));
  defineRoute(app, routes.updateRaidItem, async ({ actor, params, body }) =>
    announce(actor.userId, await raid.update(actor.userId, params.itemId, body), params.itemId),
  );
  defineRoute(app, routes.deleteRaidItem, async ({ actor, params, query }) => {
    announce(
      actor.userId,
      await raid.delete(actor.userId, params.itemId, query.version),
      params.itemId,
      'delete',
    );
    return undefined;
  });
}
