import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { announceWrite } from '../live/announce-write';
import type { FeedbackService, FeedbackWrite } from './feedback.service';

export function registerFeedbackRoutes(app: FastifyInstance, feedback: FeedbackService): void {
  // after commit: viewers of the inbox refetch
  const announce = <T>(
    actorId: string,
    write: FeedbackWrite<T>,
    ids: string[],
    kind: 'upsert' | 'delete' = 'upsert',
  ): T => announceWrite(app, actorId, 'feedback', write, ids, kind);
  defineRoute(app, routes.listFeedback, async ({ actor, params, query }) => ({
    items: await feedback.list(actor.userId, params.workspaceId, query),
  }));
  defineRoute(app, routes.createFeedback, async ({ actor, params, body }) => {
    const write = await feedback.create(actor.userId, params.workspaceId, body);
    return announce(actor.userId, write, [write.value.id]);
  });
  defineRoute(app, routes.importFeedback, async ({ actor, params, body }) => {
    const write = await feedback.import(actor.userId, params.workspaceId, body.csv, body.fileName);
    const items = announce(
      actor.userId,
      write,
      write.value.map((i) => i.id),
    );
    return { imported: items.length, items };
  });
  defineRoute(app, routes.updateFeedback, async ({ actor, params, body }) =>
    announce(actor.userId, await feedback.update(actor.userId, params.itemId, body), [params.itemId]),
  );
  defineRoute(app, routes.deleteFeedback, async ({ actor, params, query }) => {
    announce(
      actor.userId,
      await feedback.delete(actor.userId, params.itemId, query.version),
      [params.itemId],
      'delete',
    );
    return undefined;
  });
  defineRoute(app, routes.createIdeaFromFeedback, async ({ actor, params, body }) => {
    const write = await feedback.createIdea(actor.userId, params.itemId, body);
    return announce(actor.userId, write, [params.itemId]);
  });
  defineRoute(app, routes.getFeatureEvidence, async ({ actor, params }) =>
    feedback.evidence(actor.userId, params.featureId),
  );
}
