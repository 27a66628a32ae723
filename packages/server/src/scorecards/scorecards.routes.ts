import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { announceWrite, type ScopedWrite } from '../live/announce-write';
import type { ScorecardsService } from './scorecards.service';

export function registerScorecardRoutes(app: FastifyInstance, scorecards: ScorecardsService): void {
  // after commit: the scorecard's viewers refetch it, and the backlog (its scores and ranking)
  const announce = <T>(
    actorId: string,
    write: ScopedWrite<T>,
    id: string,
    kind: 'upsert' | 'delete' = 'upsert',
  ): T => announceWrite(app, actorId, 'scorecard', write, [id], kind);
  defineRoute(app, routes.getScorecard, async ({ actor, params }) =>
    scorecards.get(actor.userId, params.workspaceId),
  );
  defineRoute(app, routes.createScorecardCriterion, async ({ actor, params, body }) => {
    const write = await scorecards.createCriterion(actor.userId, params.workspaceId, body);
    return announce(actor.userId, write, write.criterionId);
  });
  defineRoute(app, routes.reorderScorecard, async ({ actor, params, body }) =>
    announce(
      actor.userId,
      await scorecards.reorder(actor.userId, params.workspaceId, body),
      params.workspaceId,
    ),
  );
  defineRoute(app, routes.updateScorecardCriterion, async ({ actor, params, body }) =>
    announce(
      actor.userId,
      await scorecards.updateCriterion(actor.userId, params.criterionId, body),
      params.criterionId,
    ),
  );
  defineRoute(app, routes.deleteScorecardCriterion, async ({ actor, params, query }) => {
    announce(
      actor.userId,
      await scorecards.deleteCriterion(actor.userId, params.criterionId, query.version),
      params.criterionId,
      'delete',
    );
    return undefined;
  });
}
