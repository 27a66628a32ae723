import {
  createLinkRequestSchema,
  linkListSchema,
  linkParamsSchema,
  linkSchema,
  linkWriteResultSchema,
  updateLinkRequestSchema,
} from '../contracts/links';
import { projectParamsSchema } from '../contracts/projects';
import { deleteQuerySchema, rescheduleResultSchema } from '../contracts/rescheduled';
import type { RouteDefinition } from '../routes';

/** Task dependencies (issue #5). */
export const linkRoutes = {
  listLinks: {
    method: 'GET',
    path: '/api/v1/projects/:projectId/links',
    summary: 'Links (dependencies) of a project',
    tag: 'links',
    access: 'session',
    params: projectParamsSchema,
    status: 200,
    response: linkListSchema,
  },
  createLink: {
    method: 'POST',
    path: '/api/v1/projects/:projectId/links',
    summary: 'Link two tasks of the project (the project is rescheduled; a loop is refused)',
    tag: 'links',
    access: 'session',
    params: projectParamsSchema,
    body: createLinkRequestSchema,
    status: 201,
    response: linkWriteResultSchema,
  },
  getLink: {
    method: 'GET',
    path: '/api/v1/links/:linkId',
    summary: 'One link',
    tag: 'links',
    access: 'session',
    params: linkParamsSchema,
    status: 200,
    response: linkSchema,
  },
  updateLink: {
    method: 'PATCH',
    path: '/api/v1/links/:linkId',
    summary:
      'Change the type or lag of a link (optimistic concurrency on version; the project is rescheduled)',
    tag: 'links',
    access: 'session',
    params: linkParamsSchema,
    body: updateLinkRequestSchema,
    status: 200,
    response: linkWriteResultSchema,
  },
  deleteLink: {
    method: 'DELETE',
    path: '/api/v1/links/:linkId',
    summary: 'Remove a link (the project is rescheduled; ?version= checks staleness)',
    tag: 'links',
    access: 'session',
    params: linkParamsSchema,
    query: deleteQuerySchema,
    status: 200,
    response: rescheduleResultSchema,
  },
} as const satisfies Record<string, RouteDefinition>;
