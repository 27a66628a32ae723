import type { Feature } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { forecastDate, groupByLane, rankAtEnd } from './roadmap-lanes';

function feature(
  id: string,
  lane: Feature['lane'],
  rank: number,
  status: Feature['status'] = 'planned',
): Feature {
  return { id, lane, rank, status, forecast: null } as Feature;
}

describe('groupByLane', () => {
  it('groups by lane in rank order, unlaned items apart and rejected ones off the board', () => {
    const groups = groupByLane([
      feature('a', 'next', 2),
      feature('b', 'next', 1),
      feature('c', null, 0),
      feature('d', 'now', 5, 'rejected'),
      feature('e', 'later', 1),
    ]);
    expect(groups.now).toEqual([]);
    expect(groups.next.map((f) => f.id)).toEqual(['b', 'a']);
    expect(groups.later.map((f) => f.id)).toEqual(['e']);
    expect(groups.unplanned.map((f) => f.id)).toEqual(['c']);
  });
});

describe('rankAtEnd', () => {
  it('ranks after the last card, or 1 in an empty lane', () => {
    expect(rankAtEnd([feature('a', 'now', 4), feature('b', 'now', 9)])).toBe(10);
    expect(rankAtEnd([])).toBe(1);
  });
});

describe('forecastDate', () => {
  it('prefers P80 over the CPM finish and says which', () => {
    const withP80 = {
      forecast: { cpmFinish: '2027-01-01T17:00:00', p50: null, p80: '2027-02-01T17:00:00', late: false },
    } as Feature;
    const cpmOnly = {
      forecast: { cpmFinish: '2027-01-01T17:00:00', p50: null, p80: null, late: true },
    } as Feature;
    expect(forecastDate(withP80)).toEqual({ date: '2027-02-01T17:00:00', basis: 'P80' });
    expect(forecastDate(cpmOnly)).toEqual({ date: '2027-01-01T17:00:00', basis: 'CPM' });
    expect(forecastDate({ forecast: null } as Feature)).toBeNull();
  });
});
