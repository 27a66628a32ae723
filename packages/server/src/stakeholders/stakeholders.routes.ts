import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { announceWrite } from '../live/announce-write';
import type { StakeholdersService, StakeholderWrite } from './stakeholders.service';

export function registerStakeholderRoutes(app: FastifyInstance, stakeholders: StakeholdersService): void {
  const announce = <T>(
    actorId: string,
    write: StakeholderWrite<T>,
    id: string,
    kind: 'upsert' | 'delete' = 'upsert',
  ): T => announceWrite(app, actorId, 'stakeholder', write, [id], kind);
  defineRoute(app, routes.listStakeholders, async ({ actor, params, query }) => ({
    items: await stakeholders.list(actor.userId, params.workspaceId, query),
  }));
  defineRoute(app, routes.createStakeholder, async ({ actor, params, body }) => {
    const write = await stakeholders.create(actor.userId, params.workspaceId, body);
    return announce(actor.userId, write, write.value.id);
  });
  defineRoute(app, routes.getStakeholder, async ({ actor, params }) =>
    stakeholders.get(actor.userId, params.stakeholderId),
  );
  defineRoute(app, routes.updateStakeholder, async ({ actor, params, body }) =>
    announce(
      actor.userId,
      await stakeholders.update(actor.userId, params.stakeholderId, body),
      params.stakeholderId,
    ),
  );
  defineRoute(app, routes.deleteStakeholder, async ({ actor, params, query }) => {
    announce(
      actor.userId,
      await stakeholders.delete(actor.userId, params.stakeholderId, query.version),
      params.stakeholderId,
      'delete',
    );
    return undefined;
  });
}
