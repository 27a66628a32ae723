import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { announceWrite } from '../live/announce-write';
import type { DefectsService } from './defects.service';
import type { QualityService, QualityWrite } from './quality.service';

export function registerQualityRoutes(
  app: FastifyInstance,
  quality: QualityService,
  defects: DefectsService,
): void {
  // after commit: viewers refetch the task's quality or the defect log
  const announce = <T>(
    actorId: string,
    write: QualityWrite<T>,
    ids: string[],
    kind: 'upsert' | 'delete' = 'upsert',
  ): T => announceWrite(app, actorId, 'quality', write, ids, kind);
  defineRoute(app, routes.getTaskQuality, async ({ actor, params }) =>
    quality.get(actor.userId, params.taskId),
  );
  defineRoute(app, routes.createCriterion, async ({ actor, params, body }) =>
    announce(actor.userId, await quality.addCriterion(actor.userId, params.taskId, body), [params.taskId]),
  );
  defineRoute(app, routes.updateCriterion, async ({ actor, params, body }) => {
    const write = await quality.updateCriterion(actor.userId, params.criterionId, body);
    return announce(actor.userId, write, [write.value.taskId]);
  });
  defineRoute(app, routes.deleteCriterion, async ({ actor, params, query }) => {
    const write = await quality.deleteCriterion(actor.userId, params.criterionId, query.version);
    return announce(actor.userId, write, [write.value.taskId]);
  });
  defineRoute(app, routes.setQualityGate, async ({ actor, params, body }) =>
    announce(actor.userId, await quality.setGate(actor.userId, params.taskId, body), [params.taskId]),
  );
  defineRoute(app, routes.deleteQualityGate, async ({ actor, params, query }) =>
    announce(actor.userId, await quality.deleteGate(actor.userId, params.taskId, query.version), [
      params.taskId,
    ]),
  );
  defineRoute(app, routes.signOffQualityGate, async ({ actor, params, body }) =>
    announce(actor.userId, await quality.signOff(actor.userId, params.taskId, body.version), [params.taskId]),
  );
  defineRoute(app, routes.listDefects, async ({ actor, params }) => ({
    items: await defects.list(actor.userId, params.projectId),
  }));
  defineRoute(app, routes.createDefect, async ({ actor, params, body }) => {
    const write = await defects.create(actor.userId, params.projectId, body);
    return announce(actor.userId, write, [write.value.id]);
  });
  defineRoute(app, routes.updateDefect, async ({ actor, params, body }) =>
    announce(actor.userId, await defects.update(actor.userId, params.defectId, body), [params.defectId]),
  );
  defineRoute(app, routes.deleteDefect, async ({ actor, params, query }) => {
    announce(
      actor.userId,
      await defects.delete(actor.userId, params.defectId, query.version),
      [params.defectId],
      'delete',
    );
    return undefined;
  });
}
