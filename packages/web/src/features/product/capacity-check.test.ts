import type { CapacityCheck } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { formatPersonDays, splitAtCut } from './capacity-check';

const item = (featureId: string, ships: boolean) => ({
  featureId,
  title: featureId,
  verdict: ships ? ('fits' as const) : ('below-cut' as const),
  ships,
  effortMinutes: 480,
  cumulativeMinutes: 480,
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
