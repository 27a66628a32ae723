import type { LiveChangeEvent } from '@tandem/api';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { LiveSocket } from '../../lib/live-socket';
import { notificationKeys } from './notifications.queries';

/** Whether a live change concerns notifications (the server says only that some changed: refetch). */
export function isNotificationChange(event: LiveChangeEvent): boolean {
  return event.entity === 'notification';
}

/** Follows the workspace so the bell shows a notification as soon as the slip that made it commits. */
export function useLiveNotifications(workspaceId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof WebSocket === 'undefined') return;
    const refresh = () =>
      void queryClient.invalidateQueries({ queryKey: notificationKeys.list(workspaceId) });
    const live = new LiveSocket({
      target: { workspaceId },
      baseUrl: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}`,
      connect: (url) => new WebSocket(url),
      onChange: (event) => {
        if (isNotificationChange(event)) refresh();
      },
      onResync: refresh,
      // what was fetched before the subscription took may already be stale: read it again once live
      onStatus: (status) => {
        if (status === 'live') refresh();
      },
    });
    live.start();
    return () => live.stop();
  }, [workspaceId, queryClient]);
}
