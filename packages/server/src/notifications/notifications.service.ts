import type { Notification, NotificationList } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import type { ScopedWrite } from '../live/announce-write';
import { requireWorkspace } from '../workspaces/workspaces.service';
import { presentNotification } from './notification.presenter';
import {
  countUnread,
  findNotificationOfUser,
  listNotificationsOfUser,
  markRead,
} from './notifications.repository';

/** A committed change to notifications, with the ids it touched (for the live feed). */
export type NotificationWrite<T> = ScopedWrite<T> & { readonly ids: readonly string[] };

const DEFAULT_LIMIT = 50;

/**
 * The signed-in user's notifications. Every member reads only their own: another user's
 * notification is not found, exactly like one that does not exist.
 */
export class NotificationsService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(
    userId: string,
    workspaceId: string,
    query: { unread?: 'true' | 'false'; limit?: number },
  ): Promise<NotificationList> {
    await requireWorkspace(this.db, workspaceId, userId);
    const rows = await listNotificationsOfUser(this.db, workspaceId, userId, {
      unreadOnly: query.unread === 'true',
      limit: query.limit ?? DEFAULT_LIMIT,
    });
    return {
      items: rows.map(presentNotification),
      unreadCount: await countUnread(this.db, workspaceId, userId),
    };
  }

  async markRead(
    userId: string,
    workspaceId: string,
    notificationId: string,
  ): Promise<NotificationWrite<Notification>> {
    await requireWorkspace(this.db, workspaceId, userId);
    return this.db.transaction().execute(async (trx) => {
      const ids = await markRead(trx, workspaceId, userId, nowUtc(), [notificationId]);
      const row = await findNotificationOfUser(trx, workspaceId, userId, notificationId);
      if (!row) throw problems.notFound('notification', notificationId);
      return { value: presentNotification(row), workspaceId, ids };
    });
  }

  async markAllRead(userId: string, workspaceId: string): Promise<NotificationWrite<{ marked: number }>> {
    await requireWorkspace(this.db, workspaceId, userId);
    return this.db.transaction().execute(async (trx) => {
      const ids = await markRead(trx, workspaceId, userId, nowUtc());
      return { value: { marked: ids.length }, workspaceId, ids };
    });
  }
}
