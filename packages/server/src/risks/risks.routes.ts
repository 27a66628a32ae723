import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { announceWrite } from '../live/announce-write';
import type { RiskActionsService } from './risk-actions.service';
import type { Committed, RisksService } from './risks.service';

export function registerRiskRoutes(
  app: FastifyInstance,
  risks: RisksService,
  actions: RiskActionsService,
): void {
  // after commit: viewers of the project refetch the register
  const announce = (actorId: string, write: Committed<unknown>, riskId: string, kind: 'upsert' | 'delete') =>
    announceWrite(app, actorId, 'risk', write, [riskId], kind);
  defineRoute(app, routes.listRisks, async ({ actor, params }) => ({
    items: await risks.list(actor.userId, params.projectId),
  }));
  defineRoute(app, routes.createRisk, async ({ actor, params, body }) => {
    const write = await risks.create(actor.userId, params.projectId, body);
    announce(actor.userId, write, write.value.id, 'upsert');
    return write.value;
  });
  defineRoute(app, routes.getRisk, async ({ actor, params }) => risks.get(actor.userId, params.riskId));
  defineRoute(app, routes.updateRisk, async ({ actor, params, body }) => {
    const write = await risks.update(actor.userId, params.riskId, body);
    announce(actor.userId, write, write.value.id, 'upsert');
    return write.value;
  });
  defineRoute(app, routes.deleteRisk, async ({ actor, params, query }) => {
    announce(
      actor.userId,
      await risks.delete(actor.userId, params.riskId, query.version),
      params.riskId,
      'delete',
    );
    return undefined;
  });
  defineRoute(app, routes.listRiskHistory, async ({ actor, params }) =>
    risks.history(actor.userId, params.riskId),
  );
  defineRoute(app, routes.createRiskAction, async ({ actor, params, body }) => {
    const write = await actions.create(actor.userId, params.riskId, body);
    announce(actor.userId, write, write.value.riskId, 'upsert');
    return write.value;
  });
  defineRoute(app, routes.updateRiskAction, async ({ actor, params, body }) => {
    const write = await actions.update(actor.userId, params.actionId, body);
    announce(actor.userId, write, write.value.riskId, 'upsert');
    return write.value;
  });
  defineRoute(app, routes.deleteRiskAction, async ({ actor, params, query }) => {
    const write = await actions.delete(actor.userId, params.actionId, query.version);
    announce(actor.userId, write, write.value, 'upsert');
    return undefined;
  });
}
