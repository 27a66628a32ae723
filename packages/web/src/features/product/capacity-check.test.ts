import type { CapacityCheck } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { describeForecast, formatPersonDays, splitAtCut } from './capacity-check';

const item = (featureId: string, ships: boolean) => ({
  featureId,
  title: featureId,
  verdict: ships ? ('fits' as const) : ('below-cut' as const),
  ships,
  effortMinutes: 480,
  cumulativeMinutes: 480,
  forecastFinish: null,
  forecastBasis: null,
});

describe('splitAtCut', () => {
  it('splits the ranked list at the cut line', () => {
    const check: CapacityCheck = {
      capacityMinutes: 960,
      committedMinutes: 960,
      cutIndex: 2,
      items: [item('a', true), item('b', true), item('c', false)],
    };
    const { above, below } = splitAtCut(check);
    expect(above.map((row) => row.featureId)).toEqual(['a', 'b']);
    expect(below.map((row) => row.featureId)).toEqual(['c']);
  });

  it('keeps everything above the line when all fits', () => {
    const check: CapacityCheck = {
      capacityMinutes: 9600,
      committedMinutes: 480,
      cutIndex: 1,
      items: [item('a', true)],
    };
    expect(splitAtCut(check).below).toEqual([]);
  });
});

describe('formatPersonDays', () => {
  it('shows person-minutes as 8-hour days', () => {
    expect(formatPersonDays(7200)).toBe('15 d');
    expect(formatPersonDays(240)).toBe('0.5 d');
    expect(formatPersonDays(null)).toBe('—');
  });
});

describe('describeForecast', () => {
  it('badges a date that comes from a what-if levelling', () => {
    const levelled = describeForecast({ forecastFinish: '2026-03-13T17:00:00', forecastBasis: 'levelled' });
    expect(levelled).toMatchObject({ date: '13 Mar 2026', badge: 'levelled' });
    expect(levelled.hint).toContain('levelled');
  });

  it('shows a stored CPM date without a badge, and a dash when the feature is not linked', () => {
    const cpm = describeForecast({ forecastFinish: '2026-03-04T17:00:00', forecastBasis: 'cpm' });
    expect(cpm).toMatchObject({ date: '4 Mar 2026', badge: null });
    expect(cpm.hint).toContain('current schedule');
    expect(describeForecast({ forecastFinish: null, forecastBasis: null })).toEqual({
      date: '—',
      badge: null,
      hint: null,
    });
  });
});
