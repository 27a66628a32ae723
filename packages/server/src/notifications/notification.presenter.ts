import type { Notification } from '@tandem/api';
import type { NotificationRow } from './notifications.repository';

/** What a notification looks like on the wire (the recipient and outbox state stay inside). */
export function presentNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    kind: row.kind as Notification['kind'],
    subjectId: row.subject_id,
    message: row.message,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
