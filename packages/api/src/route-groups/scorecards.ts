import { deleteQuerySchema } from '../contracts/rescheduled';
import {
  createScorecardCriterionRequestSchema,
  reorderScorecardRequestSchema,
  scorecardCriterionParamsSchema,
  scorecardSchema,
  updateScorecardCriterionRequestSchema,
} from '../contracts/scorecards';
import { workspaceParamsSchema } from '../contracts/workspaces';
import type { RouteDefinition } from '../routes';

/** The workspace's weighted scorecard: criteria with weights and scales (issue #7). */
export const scorecardRoutes = {
  getScorecard: {
    method: 'GET',
    path: '/api/v1/workspaces/:workspaceId/scorecard',
    summary: "The workspace's weighted scorecard: its criteria in order, with weights and scales",
    tag: 'scorecards',
    access: 'session',
    params: workspaceParamsSchema,
    status: 200,
    response: scorecardSchema,
  },
  createScorecardCriterion: {
    method: 'POST',
    path: '/api/v1/workspaces/:workspaceId/scorecard/criteria',
    summary: 'Add a criterion at the end of the scorecard (answers the whole scorecard)',
    tag: 'scorecards',
    access: 'session',
    params: workspaceParamsSchema,
    body: createScorecardCriterionRequestSchema,
    status: 201,
    response: scorecardSchema,
  },
  reorderScorecard: {
    method: 'PUT',
    path: '/api/v1/workspaces/:workspaceId/scorecard/order',
    summary: 'Put the criteria in a new order (every id once, with the scorecard version read)',
    tag: 'scorecards',
    access: 'session',
    params: workspaceParamsSchema,
    body: reorderScorecardRequestSchema,
    status: 200,
    response: scorecardSchema,
  },
  updateScorecardCriterion: {
    method: 'PATCH',
    path: '/api/v1/scorecard-criteria/:criterionId',
    summary: 'Rename, reweight or rescale a criterion (send its version read); re-ranks the backlog',
    tag: 'scorecards',
    access: 'session',
    params: scorecardCriterionParamsSchema,
    body: updateScorecardCriterionRequestSchema,
    status: 200,
    response: scorecardSchema,
  },
  deleteScorecardCriterion: {
    method: 'DELETE',
    path: '/api/v1/scorecard-criteria/:criterionId',
    summary: "Remove a criterion and the features' values on it (?version= checks staleness)",
    tag: 'scorecards',
    access: 'session',
    params: scorecardCriterionParamsSchema,
    query: deleteQuerySchema,
    status: 204,
    response: null,
  },
} as const satisfies Record<string, RouteDefinition>;
