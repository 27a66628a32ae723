import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { announceWrite } from '../live/announce-write';
import type { ReleasePlanningService } from './release-planning.service';
import type { ReleasesService, ReleaseWrite } from './releases.service';

export function registerReleaseRoutes(
  app: FastifyInstance,
  releases: ReleasesService,
  planning: ReleasePlanningService,
): void {
  // after commit: viewers of the roadmap refetch (ids only on the wire)
  const announce = <T>(
    actorId: string,
    write: ReleaseWrite<T>,
    id: string,
    kind: 'upsert' | 'delete' = 'upsert',
  ): T => {
    const value = announceWrite(app, actorId, 'release', write, [id], kind);
    // a deleted release leaves its features unassigned: they changed too
    if (write.unassignedFeatureIds && write.unassignedFeatureIds.length > 0)
      announceWrite(app, actorId, 'feature', write, write.unassignedFeatureIds);
    return value;
  };
  defineRoute(app, routes.listReleases, async ({ actor, params }) => ({
    items: await releases.list(actor.userId, params.workspaceId),
  }));
  defineRoute(app, routes.createRelease, async ({ actor, params, body }) => {
    const write = await releases.create(actor.userId, params.workspaceId, body);
    return announce(actor.userId, write, write.value.id);
  });
  defineRoute(app, routes.getRelease, async ({ actor, params }) =>
    releases.get(actor.userId, params.releaseId),
  );
  defineRoute(app, routes.updateRelease, async ({ actor, params, body }) =>
    announce(actor.userId, await releases.update(actor.userId, params.releaseId, body), params.releaseId),
  );
  defineRoute(app, routes.deleteRelease, async ({ actor, params, query }) => {
    announce(
      actor.userId,
      await releases.delete(actor.userId, params.releaseId, query.version),
      params.releaseId,
      'delete',
    );
    return undefined;
  });
  defineRoute(app, routes.getReleaseNotes, async ({ actor, params }) =>
    releases.notes(actor.userId, params.releaseId),
  );
  defineRoute(app, routes.previewReleaseScope, async ({ actor, params, body }) =>
    planning.previewScope(actor.userId, params.releaseId, body),
  );
  defineRoute(app, routes.checkCapacity, async ({ actor, params, body }) =>
    planning.checkCapacity(actor.userId, params.workspaceId, body),
  );
}
