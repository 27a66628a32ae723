import type { Stakeholder, StakeholderQuadrant } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { filterStakeholders, GRID_QUADRANTS, groupByQuadrant, quadrantInfo } from './stakeholder-grid';

let next = 0;
function stakeholder(
  name: string,
  power: number,
  interest: number,
  quadrant: StakeholderQuadrant,
  extra: Partial<Stakeholder> = {},
): Stakeholder {
  next += 1;
  return {
    id: `00000000-0000-7000-8000-${String(next).padStart(12, '0')}`,
    workspaceId: '00000000-0000-7000-8000-000000000000',
    productId: null,
    name,
    role: '',
    organisation: '',
    power,
    interest,
    quadrant,
    engagementPlan: '',
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

describe('the power/interest grid', () => {
  it('draws high power on the top row and high interest on the right', () => {
    expect(GRID_QUADRANTS.map((info) => info.quadrant)).toEqual([
      'keep-satisfied',
      'manage-closely',
      'monitor',
      'keep-informed',
    ]);
    expect(quadrantInfo('keep-satisfied').title).toBe('Keep satisfied');
  });

  it('places each stakeholder in the quadrant the server computed, strongest first', () => {
    const cfo = stakeholder('CFO', 5, 2, 'keep-satisfied');
    const legal = stakeholder('Legal', 4, 1, 'keep-satisfied');
    const board = stakeholder('Board', 5, 2, 'keep-satisfied');
    const users = stakeholder('Users', 2, 5, 'keep-informed');
    const groups = groupByQuadrant([legal, users, cfo, board]);
    expect(groups['keep-satisfied'].map((s) => s.name)).toEqual(['Board', 'CFO', 'Legal']);
    expect(groups['keep-informed']).toEqual([users]);
    expect(groups['manage-closely']).toEqual([]);
    expect(groups.monitor).toEqual([]);
  });

  it('filters by text in any column and by product, including "no product"', () => {
    const product = '00000000-0000-7000-8000-00000000abcd';
    const cto = stakeholder('Ana', 5, 5, 'manage-closely', { role: 'CTO', productId: product });
    const buyer = stakeholder('Bo', 3, 1, 'keep-satisfied', { engagementPlan: 'Monthly pricing call' });
    const all = [cto, buyer];
    expect(filterStakeholders(all, { query: 'cto', productId: null })).toEqual([cto]);
    expect(filterStakeholders(all, { query: 'PRICING', productId: null })).toEqual([buyer]);
    expect(filterStakeholders(all, { query: '', productId: product })).toEqual([cto]);
    expect(filterStakeholders(all, { query: ' ', productId: 'none' })).toEqual([buyer]);
  });
});
