import {
  createFeatureRequestSchema,
  featureListQuerySchema,
  featureListSchema,
  featureParamsSchema,
  featureSchema,
  updateFeatureRequestSchema,
} from '../contracts/features';
import { deleteQuerySchema } from '../contracts/rescheduled';
import { workspaceParamsSchema } from '../contracts/workspaces';
import type { RouteDefinition } from '../routes';

/** Ideas, features and initiatives with their scores and delivery forecast (issue #7). */
export const featureRoutes = {
  listFeatures: {
    method: 'GET',
    path: '/api/v1/workspaces/:workspaceId/features',
    summary: 'The ranked backlog: ideas, features and initiatives (sort by rank or any score)',
    tag: 'features',
    access: 'session',
    params: workspaceParamsSchema,
    query: featureListQuerySchema,
    status: 200,
    response: featureListSchema,
  },
  createFeature: {
    method: 'POST',
    path: '/api/v1/workspaces/:workspaceId/features',
    summary: 'Add an idea, feature or initiative',
    tag: 'features',
    access: 'session',
    params: workspaceParamsSchema,
    body: createFeatureRequestSchema,
    status: 201,
    response: featureSchema,
  },
  getFeature: {
    method: 'GET',
    path: '/api/v1/features/:featureId',
    summary: 'One feature with its scores and forecast',
    tag: 'features',
    access: 'session',
    params: featureParamsSchema,
    status: 200,
    response: featureSchema,
  },
  updateFeature: {
    method: 'PATCH',
    path: '/api/v1/features/:featureId',
    summary:
      'Change a feature: scoring inputs, status, lane, release, links to project work (send the version read)',
    tag: 'features',
    access: 'session',
    params: featureParamsSchema,
    body: updateFeatureRequestSchema,
    status: 200,
    response: featureSchema,
  },
  deleteFeature: {
    method: 'DELETE',
    path: '/api/v1/features/:featureId',
    summary: 'Remove a feature (?version= checks staleness); its children move up a level',
    tag: 'features',
    access: 'session',
    params: featureParamsSchema,
    query: deleteQuerySchema,
    status: 204,
    response: null,
  },
} as const satisfies Record<string, RouteDefinition>;
