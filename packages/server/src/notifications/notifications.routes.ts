import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { announceWrite } from '../live/announce-write';
import type { NotificationsService, NotificationWrite } from './notifications.service';

export function registerNotificationRoutes(app: FastifyInstance, notifications: NotificationsService): void {
  // after commit, and only when something changed: the reader's other tabs update their bell
  const announce = <T>(actorId: string, write: NotificationWrite<T>): T =>
    write.ids.length === 0 ? write.value : announceWrite(app, actorId, 'notification', write, write.ids);
  defineRoute(app, routes.listNotifications, async ({ actor, params, query }) =>
    notifications.list(actor.userId, params.workspaceId, query),
  );
  defineRoute(app, routes.markNotificationRead, async ({ actor, params }) =>
    announce(
      actor.userId,
      await notifications.markRead(actor.userId, params.workspaceId, params.notificationId),
    ),
  );
  defineRoute(app, routes.markAllNotificationsRead, async ({ actor, params }) =>
    announce(actor.userId, await notifications.markAllRead(actor.userId, params.workspaceId)),
  );
}
