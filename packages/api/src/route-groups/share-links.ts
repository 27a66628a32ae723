import {
  createdShareLinkSchema,
  createShareLinkRequestSchema,
  sharedRoadmapSchema,
  shareLinkListSchema,
  shareLinkParamsSchema,
  shareTokenParamsSchema,
} from '../contracts/share-links';
import { workspaceParamsSchema } from '../contracts/workspaces';
import type { RouteDefinition } from '../routes';

/** Read-only roadmap links that need no sign-in (issue #7). */
export const shareLinkRoutes = {
  listShareLinks: {
    method: 'GET',
    path: '/api/v1/workspaces/:workspaceId/share-links',
    summary: 'The workspace’s roadmap share links (never their tokens)',
    tag: 'share-links',
    access: 'session',
    params: workspaceParamsSchema,
    status: 200,
    response: shareLinkListSchema,
  },
  createShareLink: {
    method: 'POST',
    path: '/api/v1/workspaces/:workspaceId/share-links',
    summary: 'Create a read-only roadmap link; the token is in this answer only',
    tag: 'share-links',
    access: 'session',
    params: workspaceParamsSchema,
    body: createShareLinkRequestSchema,
    status: 201,
    response: createdShareLinkSchema,
  },
  revokeShareLink: {
    method: 'DELETE',
    path: '/api/v1/share-links/:shareLinkId',
    summary: 'Revoke a roadmap link: it stops working at once',
    tag: 'share-links',
    access: 'session',
    params: shareLinkParamsSchema,
    status: 204,
    response: null,
  },
  getSharedRoadmap: {
    method: 'GET',
    path: '/api/v1/shared/:token/roadmap',
    summary: 'The shared roadmap, read-only, without sign-in (unknown, revoked and expired links: 404)',
    tag: 'share-links',
    access: 'public',
    params: shareTokenParamsSchema,
    status: 200,
    response: sharedRoadmapSchema,
  },
} as const satisfies Record<string, RouteDefinition>;
