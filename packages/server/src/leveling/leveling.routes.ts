import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { publishCommitted } from '../scheduling/committed-write';
import type { LevelingService } from './leveling.service';

export function registerLevelingRoutes(app: FastifyInstance, leveling: LevelingService): void {
  defineRoute(app, routes.levelProject, async ({ actor, params, body }) =>
    publishCommitted(app, actor.userId, await leveling.level(actor.userId, params.projectId, body ?? {})),
  );
  defineRoute(app, routes.clearLeveling, async ({ actor, params, body }) =>
    publishCommitted(app, actor.userId, await leveling.clear(actor.userId, params.projectId, body ?? {})),
  );
}
