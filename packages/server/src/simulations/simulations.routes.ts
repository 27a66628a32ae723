import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import type { SimulationsService } from './simulations.service';

export function registerSimulationRoutes(app: FastifyInstance, simulations: SimulationsService): void {
  defineRoute(app, routes.runSimulation, async ({ actor, params, body }) => {
    const write = await simulations.run(actor.userId, params.projectId, body);
    app.changeFeed.publish({
      workspaceId: write.workspaceId,
      projectId: params.projectId,
      entity: 'risk',
      kind: 'upsert',
      ids: [write.value.id],
      actorId: actor.userId,
    });
    return write.value;
  });
  defineRoute(app, routes.getLatestSimulation, async ({ actor, params }) =>
    simulations.latest(actor.userId, params.projectId),
  );
}
