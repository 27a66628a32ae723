import {
  calendarListSchema,
  calendarParamsSchema,
  calendarSchema,
  calendarWriteResultSchema,
  createCalendarRequestSchema,
  updateCalendarRequestSchema,
} from '../contracts/calendars';
import { deleteQuerySchema } from '../contracts/rescheduled';
import { workspaceParamsSchema } from '../contracts/workspaces';
import type { RouteDefinition } from '../routes';

/** Working-time calendars (issue #5). */
export const calendarRoutes = {
  listCalendars: {
    method: 'GET',
    path: '/api/v1/workspaces/:workspaceId/calendars',
    summary: 'Calendars of a workspace',
    tag: 'calendars',
    access: 'session',
    params: workspaceParamsSchema,
    status: 200,
    response: calendarListSchema,
  },
  createCalendar: {
    method: 'POST',
    path: '/api/v1/workspaces/:workspaceId/calendars',
    summary: 'Create a base or derived calendar',
    tag: 'calendars',
    access: 'session',
    params: workspaceParamsSchema,
    body: createCalendarRequestSchema,
    status: 201,
    response: calendarSchema,
  },
  getCalendar: {
    method: 'GET',
    path: '/api/v1/calendars/:calendarId',
    summary: 'One calendar',
    tag: 'calendars',
    access: 'session',
    params: calendarParamsSchema,
    status: 200,
    response: calendarSchema,
  },
  updateCalendar: {
    method: 'PATCH',
    path: '/api/v1/calendars/:calendarId',
    summary: 'Change a calendar (optimistic concurrency on version; projects using it are rescheduled)',
    tag: 'calendars',
    access: 'session',
    params: calendarParamsSchema,
    body: updateCalendarRequestSchema,
    status: 200,
    response: calendarWriteResultSchema,
  },
  deleteCalendar: {
    method: 'DELETE',
    path: '/api/v1/calendars/:calendarId',
    summary: 'Delete a calendar no project or calendar uses (?version= checks staleness)',
    tag: 'calendars',
    access: 'session',
    params: calendarParamsSchema,
    query: deleteQuerySchema,
    status: 204,
    response: null,
  },
} as const satisfies Record<string, RouteDefinition>;
