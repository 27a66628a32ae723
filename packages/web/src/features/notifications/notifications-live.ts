import type { LiveChangeEvent } from '@tandem/api';
import { useLiveWorkspace } from '../../lib/workspace-live';
import { notificationKeys } from './notifications.queries';

/** Whether a live change concerns notifications (the server says only that some changed: refetch). */
export function isNotificationChange(event: LiveChangeEvent): boolean {
  return event.entity === 'notification';
}

/** Follows the workspace so the bell shows a notification as soon as the slip that made it commits. */
export function useLiveNotifications(workspaceId: string): void {
  useLiveWorkspace(workspaceId, {
    keysFor: (event) => (isNotificationChange(event) ? [notificationKeys.list(workspaceId)] : []),
    resyncKeys: [notificationKeys.list(workspaceId)],
  });
}
