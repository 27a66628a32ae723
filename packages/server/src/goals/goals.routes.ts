import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { announceWrite } from '../live/announce-write';
import type { GoalsService, GoalWrite } from './goals.service';

export function registerGoalRoutes(app: FastifyInstance, goals: GoalsService): void {
  // after commit: viewers of the goals and the roadmap refetch (ids only on the wire)
  const announce = <T>(actorId: string, write: GoalWrite<T>, kind: 'upsert' | 'delete' = 'upsert'): T =>
    announceWrite(app, actorId, 'goal', write, [write.goalId], kind);
  defineRoute(app, routes.listGoals, async ({ actor, params }) => ({
    items: await goals.list(actor.userId, params.workspaceId),
  }));
  defineRoute(app, routes.createGoal, async ({ actor, params, body }) =>
    announce(actor.userId, await goals.create(actor.userId, params.workspaceId, body)),
  );
  defineRoute(app, routes.getGoal, async ({ actor, params }) => goals.get(actor.userId, params.goalId));
  defineRoute(app, routes.updateGoal, async ({ actor, params, body }) =>
    announce(actor.userId, await goals.update(actor.userId, params.goalId, body)),
  );
  defineRoute(app, routes.deleteGoal, async ({ actor, params, query }) => {
    announce(actor.userId, await goals.delete(actor.userId, params.goalId, query.version), 'delete');
    return undefined;
  });
  defineRoute(app, routes.listCheckIns, async ({ actor, params }) => ({
    items: await goals.listCheckIns(actor.userId, params.keyResultId),
  }));
  defineRoute(app, routes.createCheckIn, async ({ actor, params, body }) =>
    announce(actor.userId, await goals.checkIn(actor.userId, params.keyResultId, body)),
  );
}
