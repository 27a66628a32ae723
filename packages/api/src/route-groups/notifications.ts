import {
  markAllReadResultSchema,
  notificationListQuerySchema,
  notificationListSchema,
  notificationParamsSchema,
  notificationSchema,
} from '../contracts/notifications';
import { workspaceParamsSchema } from '../contracts/workspaces';
import type { RouteDefinition } from '../routes';

/** The signed-in user's notifications in a workspace (forecast slips, issue #7). */
export const notificationRoutes = {
  listNotifications: {
    method: 'GET',
    path: '/api/v1/workspaces/:workspaceId/notifications',
    summary: "The caller's notifications in the workspace, newest first, with the unread count",
    tag: 'notifications',
    access: 'session',
    params: workspaceParamsSchema,
    query: notificationListQuerySchema,
    status: 200,
    response: notificationListSchema,
  },
  markNotificationRead: {
    method: 'POST',
    path: '/api/v1/workspaces/:workspaceId/notifications/:notificationId/read',
    summary: 'Mark one of the caller’s notifications read (again is harmless)',
    tag: 'notifications',
    access: 'session',
    params: notificationParamsSchema,
    status: 200,
    response: notificationSchema,
  },
  markAllNotificationsRead: {
    method: 'POST',
    path: '/api/v1/workspaces/:workspaceId/notifications/read-all',
    summary: 'Mark every unread notification of the caller in the workspace read',
    tag: 'notifications',
    access: 'session',
    params: workspaceParamsSchema,
    status: 200,
    response: markAllReadResultSchema,
  },
} as const satisfies Record<string, RouteDefinition>;
