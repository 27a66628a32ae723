import { projectParamsSchema } from '../contracts/projects';
import { runSimulationRequestSchema, simulationSchema } from '../contracts/simulations';
import type { RouteDefinition } from '../routes';

/** Monte Carlo schedule risk analysis of a project (issue #6). */
export const simulationRoutes = {
  runSimulation: {
    method: 'POST',
    path: '/api/v1/projects/:projectId/simulations',
    summary: 'Run a Monte Carlo schedule risk analysis (off the request thread) and keep its result',
    tag: 'risks',
    access: 'session',
    params: projectParamsSchema,
    body: runSimulationRequestSchema,
    status: 201,
    response: simulationSchema,
  },
  getLatestSimulation: {
    method: 'GET',
    path: '/api/v1/projects/:projectId/simulations/latest',
    summary: "The project's most recent simulation (404 when none has run)",
    tag: 'risks',
    access: 'session',
    params: projectParamsSchema,
    status: 200,
    response: simulationSchema,
  },
} as const satisfies Record<string, RouteDefinition>;
