import type { LiveChangeEvent } from '@tandem/api';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { LiveSocket, type LiveStatus } from '../../lib/live-socket';
import { marketKeys } from './market.keys';

/**
 * The stakeholder and market queries a change makes stale: their own writes, products (pickers,
 * SWOTs, and a deleted product unattaches its stakeholders) and features (the matrix's rows).
 */
export function marketKeysToRefetch(event: LiveChangeEvent): readonly (readonly string[])[] {
  const { workspaceId } = event;
  switch (event.entity) {
    case 'stakeholder':
      return [marketKeys.stakeholders(workspaceId)];
    case 'market':
      return [marketKeys.market(workspaceId)];
    case 'product':
      return [
        ['workspaces', workspaceId, 'products'],
        marketKeys.stakeholders(workspaceId),
        [...marketKeys.market(workspaceId), 'swot'],
      ];
    case 'feature':
      return [marketKeys.matrix(workspaceId)];
    default:
      return [];
  }
}

/** Follows the workspace live so a stakeholder or market page shows what others save, as they save it. */
export function useLiveMarket(workspaceId: string): LiveStatus {
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
      onChange: (event) => refresh(marketKeysToRefetch(event)),
      onResync: () =>
        refresh([
          marketKeys.stakeholders(workspaceId),
          marketKeys.market(workspaceId),
          ['workspaces', workspaceId, 'products'],
        ]),
      onStatus: setStatus,
    });
    live.start();
    return () => live.stop();
  }, [workspaceId, queryClient]);
  return status;
}
