import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import type { WorkloadService } from './workload.service';

export function registerWorkloadRoutes(app: FastifyInstance, workload: WorkloadService): void {
  defineRoute(app, routes.getWorkload, async ({ actor, params, query }) =>
    workload.get(actor.userId, params.projectId, query ?? {}),
  );
}
