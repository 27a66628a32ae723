import type { LiveChangeEvent } from '@tandem/api';
import type { LiveStatus } from '../../lib/live-socket';
import { useLiveWorkspace } from '../../lib/workspace-live';

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
  return useLiveWorkspace(workspaceId, {
    keysFor: productKeysToRefetch,
    resyncKeys: [['workspaces', workspaceId], ['features'], ['releases']],
  });
}
