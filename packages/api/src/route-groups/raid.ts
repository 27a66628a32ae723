import { projectParamsSchema } from '../contracts/projects';
import {
  createRaidItemRequestSchema,
  raidItemListSchema,
  raidItemParamsSchema,
  raidItemSchema,
  raidQuerySchema,
  updateRaidItemRequestSchema,
} from '../contracts/raid';
import { deleteQuerySchema } from '../contracts/rescheduled';
import type { RouteDefinition } from '../routes';

/** The RAID log: assumptions, issues and decisions (risks are in the risk register) — issue #6. */
export const raidRoutes = {
  listRaidItems: {
    method: 'GET',
    path: '/api/v1/projects/:projectId/raid',
    summary: 'Assumptions, issues and decisions of a project (?kind= filters)',
    tag: 'raid',
    access: 'session',
    params: projectParamsSchema,
    query: raidQuerySchema,
    status: 200,
    response: raidItemListSchema,
  },
  createRaidItem: {
    method: 'POST',
    path: '/api/v1/projects/:projectId/raid',
    summary: 'Log an assumption, an issue or a decision',
    tag: 'raid',
    access: 'session',
    params: projectParamsSchema,
    body: createRaidItemRequestSchema,
    status: 201,
    response: raidItemSchema,
  },
  getRaidItem: {
    method: 'GET',
    path: '/api/v1/raid-items/:itemId',
    summary: 'One RAID item',
    tag: 'raid',
    access: 'session',
    params: raidItemParamsSchema,
    status: 200,
    response: raidItemSchema,
  },
  updateRaidItem: {
    method: 'PATCH',
    path: '/api/v1/raid-items/:itemId',
    summary: 'Change a RAID item (send the version read)',
    tag: 'raid',
    access: 'session',
    params: raidItemParamsSchema,
    body: updateRaidItemRequestSchema,
    status: 200,
    response: raidItemSchema,
  },
  deleteRaidItem: {
    method: 'DELETE',
    path: '/api/v1/raid-items/:itemId',
    summary: 'Remove a RAID item (?version= checks staleness)',
    tag: 'raid',
    access: 'session',
    params: raidItemParamsSchema,
    query: deleteQuerySchema,
    status: 204,
    response: null,
  },
} as const satisfies Record<string, RouteDefinition>;
