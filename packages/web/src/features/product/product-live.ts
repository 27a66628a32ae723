import type { LiveChangeEvent } from '@tandem/api';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { LiveSocket, type LiveStatus } from '../../lib/live-socket';

/**
 * The product query keys a change makes stale. Feature forecasts come from the linked tasks'
 * dates, so any schedule change (task, link, project, calendar) refreshes the features and
 * releases as well as product writes themselves.
 */
export function productKeysToRefetch(event: LiveChangeEvent): readonly (readonly string[])[] {
  const workspace = ['workspaces', event.workspaceId];
  switch (event.entity) {
    case 'feedback':
      return [[...workspace, 'feedback'], [...workspace, 'features'], ['features']];
    case 'share-link':
      return [[...workspace, 'share-links']];
    case 'scorecard':
      // weights and criteria change every feature's scorecard score, so the ranking too
      return [
        [...workspace, 'scorecard'],
        [...workspace, 'features'],
      ];
    case 'feature':
    case 'release':
    case 'task':
    case 'link':
    case 'project':
    case 'calendar':
    case 'assignment':
    case 'resource':
      return [[...workspace, 'features'], [...workspace, 'releases'], ['releases']];
    default:
      return [];
  }
}

/** Follows the workspace live so the product pages show forecasts moved by anyone's schedule edits. */
export function useLiveProduct(workspaceId: string): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  useEffect(() => {
    if (typeof WebSocket === 'undefined') return;
    const refresh = (keys: readonly (readonly string[])[]) => {
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey: [...queryKey] });
    };
    const live = new LiveSocket({
      target: { workspaceId },
      baseUrl: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}`,
      connect: (url) => new WebSocket(url),
      onChange: (event) => refresh(productKeysToRefetch(event)),
      onResync: () => refresh([['workspaces', workspaceId], ['features'], ['releases']]),
      // the product lists are small: refetching once subscribed closes the gap since the first load
      resyncOnFirstSubscribe: true,
      onStatus: setStatus,
    });
    live.start();
    return () => live.stop();
  }, [workspaceId, queryClient]);
  return status;
}
