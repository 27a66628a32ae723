import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { announceWrite } from '../live/announce-write';
import type { FeaturesService, FeatureWrite } from './features.service';

export function registerFeatureRoutes(app: FastifyInstance, features: FeaturesService): void {
  // after commit: viewers of the workspace's product side refetch
  const announce = <T>(
    actorId: string,
    write: FeatureWrite<T>,
    id: string,
    kind: 'upsert' | 'delete' = 'upsert',
  ): T => announceWrite(app, actorId, 'feature', write, [id], kind);
  defineRoute(app, routes.listFeatures, async ({ actor, params, query }) => ({
    items: await features.list(actor.userId, params.workspaceId, query),
  }));
  defineRoute(app, routes.createFeature, async ({ actor, params, body }) => {
    const write = await features.create(actor.userId, params.workspaceId, body);
    return announce(actor.userId, write, write.value.id);
  });
  defineRoute(app, routes.getFeature, async ({ actor, params }) =>
    features.get(actor.userId, params.featureId),
  );
  defineRoute(app, routes.updateFeature, async ({ actor, params, body }) =>
    announce(actor.userId, await features.update(actor.userId, params.featureId, body), params.featureId),
  );
  defineRoute(app, routes.deleteFeature, async ({ actor, params, query }) => {
    announce(
      actor.userId,
      await features.delete(actor.userId, params.featureId, query.version),
      params.featureId,
      'delete',
    );
    return undefined;
  });
}
