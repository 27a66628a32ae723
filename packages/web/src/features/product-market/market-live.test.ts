import type { LiveChangeEvent } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { marketKeysToRefetch } from './market-live';

const W = '00000000-0000-7000-8000-000000000001';
const event = (entity: LiveChangeEvent['entity']): LiveChangeEvent => ({
  workspaceId: W,
  projectId: null,
  entity,
  kind: 'upsert',
  ids: [],
  actorId: '00000000-0000-7000-8000-000000000002',
});

describe('live updates of the stakeholder and market pages', () => {
  it('refetches the register after a stakeholder write', () => {
    expect(marketKeysToRefetch(event('stakeholder'))).toEqual([['workspaces', W, 'stakeholders']]);
  });
  it('refetches every market tab after a market write', () => {
    expect(marketKeysToRefetch(event('market'))).toEqual([['workspaces', W, 'market']]);
  });
  it('refetches the matrix rows when a feature changes', () => {
    expect(marketKeysToRefetch(event('feature'))).toEqual([['workspaces', W, 'market', 'matrix']]);
  });
  it('refetches pickers, the register and SWOTs when a product changes', () => {
    expect(marketKeysToRefetch(event('product'))).toContainEqual(['workspaces', W, 'stakeholders']);
    expect(marketKeysToRefetch(event('product'))).toContainEqual(['workspaces', W, 'market', 'swot']);
  });
  it('ignores schedule writes', () => {
    expect(marketKeysToRefetch(event('task'))).toEqual([]);
  });
});
