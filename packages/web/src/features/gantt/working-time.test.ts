import { describe, expect, it } from 'vitest';
import { parseFloatingMinutes } from './time-scale';
import { approximateElapsedMinutes, dayWorkStart, workingMinutesBetween } from './working-time';

const standard = {
  minutesPerDay: 480,
  workingDays: [1, 2, 3, 4, 5],
  workingTimes: [
    { from: 480, to: 720 },
    { from: 780, to: 1020 },
  ],
};
const at = (iso: string) => parseFloatingMinutes(iso);

describe('workingMinutesBetween', () => {
  it('counts only the working periods of working days', () => {
    // Monday 08:00 → Wednesday 17:00 is three working days.
    expect(workingMinutesBetween(standard, at('2026-03-02T08:00:00'), at('2026-03-04T17:00:00'))).toBe(1440);
    // The lunch hour does not count.
    expect(workingMinutesBetween(standard, at('2026-03-02T11:00:00'), at('2026-03-02T14:00:00'))).toBe(120);
  });
  it('skips the weekend', () => {
    // Friday 08:00 → Monday 12:00: one day and a half.
    expect(workingMinutesBetween(standard, at('2026-03-06T08:00:00'), at('2026-03-09T12:00:00'))).toBe(720);
  });
  it('is zero for an empty or reversed span', () => {
    expect(workingMinutesBetween(standard, at('2026-03-02T08:00:00'), at('2026-03-02T08:00:00'))).toBe(0);
    expect(workingMinutesBetween(standard, at('2026-03-03T08:00:00'), at('2026-03-02T08:00:00'))).toBe(0);
  });
});

describe('calendar helpers', () => {
  it('finds the first working moment of a day', () => {
    expect(dayWorkStart(standard, at('2026-03-02T15:10:00'))).toBe(at('2026-03-02T08:00:00'));
  });
  it('turns working slack into elapsed time by the 5-of-7-days approximation', () => {
    // Five working days of slack are one calendar week.
    expect(approximateElapsedMinutes(standard, 5 * 480)).toBeCloseTo(7 * 1440);
  });
});
