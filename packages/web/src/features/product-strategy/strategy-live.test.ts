import type { LiveChangeEvent } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { strategyKeysToRefetch } from './strategy-live';

const event = (entity: LiveChangeEvent['entity']): LiveChangeEvent => ({
  workspaceId: 'w1',
  projectId: null,
  entity,
  kind: 'upsert',
  ids: ['x'],
  actorId: 'u1',
});

describe('strategyKeysToRefetch', () => {
  it('refreshes the products on a product write', () => {
    expect(strategyKeysToRefetch(event('product'))).toEqual([['workspaces', 'w1', 'products']]);
  });

  it('refreshes objectives and check-in histories on a goal write', () => {
    expect(strategyKeysToRefetch(event('goal'))).toEqual([['workspaces', 'w1', 'goals'], ['key-results']]);
  });

  it('refreshes the objectives too when a feature (and so its goal links) changes', () => {
    expect(strategyKeysToRefetch(event('feature'))).toEqual([
      ['workspaces', 'w1', 'features'],
      ['workspaces', 'w1', 'goals'],
    ]);
  });

  it('ignores schedule writes', () => {
    expect(strategyKeysToRefetch(event('task'))).toEqual([]);
  });
});
