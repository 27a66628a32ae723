import type { LiveChangeEvent } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { productKeysToRefetch } from './product-live';

function event(entity: LiveChangeEvent['entity']): LiveChangeEvent {
  return { workspaceId: 'w1', projectId: 'p1', entity, kind: 'upsert', ids: ['x'], actorId: 'u1' };
}

describe('productKeysToRefetch', () => {
  it('refreshes feature forecasts when a task moves', () => {
    expect(productKeysToRefetch(event('task'))).toContainEqual(['workspaces', 'w1', 'features']);
  });

  it('refreshes the inbox and evidence on feedback changes', () => {
    expect(productKeysToRefetch(event('feedback'))).toEqual([
      ['workspaces', 'w1', 'feedback'],
      ['workspaces', 'w1', 'features'],
      ['features'],
    ]);
  });

  it('refreshes the scorecard and the ranked backlog when a criterion is reweighted', () => {
    expect(productKeysToRefetch(event('scorecard'))).toEqual([
      ['workspaces', 'w1', 'scorecard'],
      ['workspaces', 'w1', 'features'],
    ]);
  });

  it('ignores changes the product pages do not show', () => {
    expect(productKeysToRefetch(event('risk'))).toEqual([]);
  });
});
