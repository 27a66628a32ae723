import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { announceWrite } from '../live/announce-write';
import type { CostsService, CostWrite } from './costs.service';
import type { TimesheetsService } from './timesheets.service';

export function registerCostRoutes(
  app: FastifyInstance,
  costs: CostsService,
  timesheets: TimesheetsService,
): void {
  // after commit: viewers refetch the project's costs and earned value
  const announce = <T>(
    actorId: string,
    write: CostWrite<T>,
    ids: string[],
    kind: 'upsert' | 'delete' = 'upsert',
  ): T => announceWrite(app, actorId, 'cost', write, ids, kind);
  defineRoute(app, routes.getProjectCosts, async ({ actor, params }) =>
    costs.get(actor.userId, params.projectId),
  );
  defineRoute(app, routes.updateProjectCostSettings, async ({ actor, params, body }) =>
    announce(actor.userId, await costs.updateSettings(actor.userId, params.projectId, body), [
      params.projectId,
    ]),
  );
  defineRoute(app, routes.updateTaskCost, async ({ actor, params, body }) =>
    announce(actor.userId, await costs.updateTaskCost(actor.userId, params.taskId, body), [params.taskId]),
  );
  defineRoute(app, routes.listTimesheetEntries, async ({ actor, params, query }) => ({
    items: await timesheets.list(actor.userId, params.projectId, query),
  }));
  defineRoute(app, routes.createTimesheetEntry, async ({ actor, params, body }) => {
    const write = await timesheets.create(actor.userId, params.projectId, body);
    return announce(actor.userId, write, [write.value.id]);
  });
  defineRoute(app, routes.updateTimesheetEntry, async ({ actor, params, body }) =>
    announce(actor.userId, await timesheets.update(actor.userId, params.entryId, body), [params.entryId]),
  );
  defineRoute(app, routes.deleteTimesheetEntry, async ({ actor, params, query }) => {
    announce(
      actor.userId,
      await timesheets.delete(actor.userId, params.entryId, query.version),
      [params.entryId],
      'delete',
    );
    return undefined;
  });
  defineRoute(app, routes.getEarnedValue, async ({ actor, params, query }) =>
    costs.earnedValue(actor.userId, params.projectId, query),
  );
}
