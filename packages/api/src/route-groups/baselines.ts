import {
  baselineComparisonSchema,
  baselineListSchema,
  baselineParamsSchema,
  baselineSummarySchema,
  setBaselineRequestSchema,
} from '../contracts/baselines';
import { projectParamsSchema } from '../contracts/projects';
import type { RouteDefinition } from '../routes';

/** Baselines and the comparison against them (issue #5). */
export const baselineRoutes = {
  listBaselines: {
    method: 'GET',
    path: '/api/v1/projects/:projectId/baselines',
    summary: 'Baselines saved in a project',
    tag: 'baselines',
    access: 'session',
    params: projectParamsSchema,
    status: 200,
    response: baselineListSchema,
  },
  setBaseline: {
    method: 'POST',
    path: '/api/v1/projects/:projectId/baselines',
    summary: 'Save the current schedule as baseline 0–10 for every task or the given ones',
    tag: 'baselines',
    access: 'session',
    params: projectParamsSchema,
    body: setBaselineRequestSchema,
    status: 200,
    response: baselineSummarySchema,
  },
  clearBaseline: {
    method: 'DELETE',
    path: '/api/v1/projects/:projectId/baselines/:number',
    summary: 'Clear a baseline of every task of a project',
    tag: 'baselines',
    access: 'session',
    params: baselineParamsSchema,
    status: 204,
    response: null,
  },
  compareBaseline: {
    method: 'GET',
    path: '/api/v1/projects/:projectId/baselines/:number/compare',
    summary: 'Each task against a baseline: dates, durations, variances in working minutes, slipped flag',
    tag: 'baselines',
    access: 'session',
    params: baselineParamsSchema,
    status: 200,
    response: baselineComparisonSchema,
  },
} as const satisfies Record<string, RouteDefinition>;
