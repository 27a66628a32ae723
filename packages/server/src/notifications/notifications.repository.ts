import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, NotificationsTable } from '../db/database.types';

export type NotificationRow = Selectable<NotificationsTable>;

export async function insertNotifications(
  db: Kysely<Database>,
  rows: readonly Insertable<NotificationsTable>[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('notifications')
    .values([...rows])
    .execute();
}

/** A user's notifications in a workspace, newest first (ids are time-ordered UUIDv7). */
export async function listNotificationsOfUser(
  db: Kysely<Database>,
  workspaceId: string,
  userId: string,
  options: { unreadOnly: boolean; limit: number },
): Promise<NotificationRow[]> {
  let query = db
    .selectFrom('notifications')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId);
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  return query.orderBy('id', 'desc').limit(options.limit).execute();
}

export async function countUnread(
  db: Kysely<Database>,
  workspaceId: string,
  userId: string,
): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function findNotificationOfUser(
  db: Kysely<Database>,
  workspaceId: string,
  userId: string,
  notificationId: string,
): Promise<NotificationRow | undefined> {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('id', '=', notificationId)
    .executeTakeFirst();
}

/** Marks unread notifications of a user read (all, or the given ids); answers the ids it changed. */
export async function markRead(
  db: Kysely<Database>,
  workspaceId: string,
  userId: string,
  readAt: string,
  ids?: readonly string[],
): Promise<string[]> {
  if (ids && ids.length === 0) return [];
  let query = db
    .updateTable('notifications')
    .set({ read_at: readAt })
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (ids) query = query.where('id', 'in', [...ids]);
  const rows = await query.returning('id').execute();
  return rows.map((r) => r.id);
}

/**
 * Claims the workspace's notifications no live viewer has been told of yet: sets `announced_at`
 * and answers their ids. Two processes claiming at once each get a distinct part. Most writes
 * made none, so a read looks first and only a find is followed by a write.
 */
export async function claimUnannounced(
  db: Kysely<Database>,
  workspaceId: string,
  announcedAt: string,
): Promise<string[]> {
  const pending = await db
    .selectFrom('notifications')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('announced_at', 'is', null)
    .limit(500)
    .execute();
  if (pending.length === 0) return [];
  const rows = await db
    .updateTable('notifications')
    .set({ announced_at: announcedAt })
    .where('workspace_id', '=', workspaceId)
    .where(
      'id',
      'in',
      pending.map((r) => r.id),
    )
    .where('announced_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
