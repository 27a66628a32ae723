import type { LiveChangeEvent } from '@tandem/api';
import type { LiveStatus } from '../../lib/live-socket';
import { useLiveWorkspace } from '../../lib/workspace-live';
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
  return useLiveWorkspace(workspaceId, {
    keysFor: marketKeysToRefetch,
    resyncKeys: [
      marketKeys.stakeholders(workspaceId),
      marketKeys.market(workspaceId),
      ['workspaces', workspaceId, 'products'],
    ],
  });
}
