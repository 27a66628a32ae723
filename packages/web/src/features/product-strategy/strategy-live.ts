import type { LiveChangeEvent } from '@tandem/api';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { LiveSocket, type LiveStatus } from '../../lib/live-socket';

/**
 * The query keys of the product and goal pages that a change makes stale. A feature write can
 * link or unlink goals, so it refreshes the objectives (their `featureIds`) as well as the features.
 */
export function strategyKeysToRefetch(event: LiveChangeEvent): readonly (readonly string[])[] {
  const workspace = ['workspaces', event.workspaceId];
  switch (event.entity) {
    case 'product':
      return [[...workspace, 'products']];
    case 'goal':
      return [[...workspace, 'goals'], ['key-results']];
    case 'feature':
      return [
        [...workspace, 'features'],
        [...workspace, 'goals'],
      ];
    default:
      return [];
  }
}

/** Follows the workspace live so products, objectives and their links show everyone's edits. */
export function useLiveStrategy(workspaceId: string): LiveStatus {
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
      onChange: (event) => refresh(strategyKeysToRefetch(event)),
      onResync: () => refresh([['workspaces', workspaceId], ['key-results']]),
      onStatus: setStatus,
    });
    live.start();
    return () => live.stop();
  }, [workspaceId, queryClient]);
  return status;
}
