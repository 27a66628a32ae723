import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { publishCommitted } from '../scheduling/committed-write';
import type { BaselinesService } from './baselines.service';

export function registerBaselineRoutes(app: FastifyInstance, baselines: BaselinesService): void {
  defineRoute(app, routes.listBaselines, async ({ actor, params }) => ({
    items: await baselines.list(actor.userId, params.projectId),
  }));
  defineRoute(app, routes.setBaseline, async ({ actor, params, body }) =>
    publishCommitted(app, actor.userId, await baselines.set(actor.userId, params.projectId, body)),
  );
  defineRoute(app, routes.clearBaseline, async ({ actor, params }) =>
    publishCommitted(app, actor.userId, await baselines.clear(actor.userId, params.projectId, params.number)),
  );
  defineRoute(app, routes.compareBaseline, async ({ actor, params }) =>
    baselines.compare(actor.userId, params.projectId, params.number),
  );
}
