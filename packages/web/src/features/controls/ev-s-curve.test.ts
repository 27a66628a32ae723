import type { EarnedValue } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { sCurvePoints } from './ev-s-curve';

const value = {
  statusDate: '2026-03-06T17:00:00',
  currency: 'EUR',
  ev: 340_000,
  series: [
    { periodEnd: '2026-03-09T00:00:00', pv: 425_000, ac: 420_000 },
    { periodEnd: '2026-03-16T00:00:00', pv: 850_000, ac: null },
  ],
} as EarnedValue;

describe('the earned-value S-curve', () => {
  it('plots cumulative PV every week from zero, AC up to the status date and EV at it, in currency units', () => {
    const points = sCurvePoints(value);
    expect(points.pv).toEqual([
      [Date.UTC(2026, 2, 2), 0],
      [Date.UTC(2026, 2, 9), 4_250],
      [Date.UTC(2026, 2, 16), 8_500],
    ]);
    // the week holding the status date ends after it: its AC is drawn at the status date
    expect(points.ac).toEqual([
      [Date.UTC(2026, 2, 2), 0],
      [Date.UTC(2026, 2, 6, 17), 4_200],
    ]);
    expect(points.ev).toEqual([Date.UTC(2026, 2, 6, 17), 3_400]);
  });

  it('names a date it cannot read', () => {
    expect(() => sCurvePoints({ ...value, statusDate: 'later' })).toThrow('S-curve: unreadable date "later"');
  });
});
