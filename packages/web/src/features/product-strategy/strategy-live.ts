import type { LiveChangeEvent } from '@tandem/api';
import type { LiveStatus } from '../../lib/live-socket';
import { useLiveWorkspace } from '../../lib/workspace-live';

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
  return useLiveWorkspace(workspaceId, {
    keysFor: strategyKeysToRefetch,
    resyncKeys: [['workspaces', workspaceId], ['key-results']],
  });
}
