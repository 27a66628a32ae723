import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendars } from '../calendar/compile-calendars';
import { standardCalendar } from '../calendar/standard-calendar';
import type { WorkingCalendar } from '../calendar/working-calendar.types';
import { type DateTime, formatDateTime, parseDateTime } from '../model/time';
import { earnedSchedule } from './earned-schedule';
import { dateAfterPeriods, periodsElapsed } from './earned-schedule-time';
import type { EvmTaskInput } from './evm.types';
import { plannedValueSeries, projectEvm } from './project-evm';

const WEEK = 7 * 1440;
const monday = parseDateTime('2026-03-02T00:00');
const at = (text: string) => parseDateTime(text);
const standard = compileCalendars([standardCalendar()]).get('standard') as WorkingCalendar;
// the Standard calendar with the week of 9 March 2026 off (a shutdown week)
const withShutdown = compileCalendars([
  {
    ...standardCalendar('shutdown'),
    exceptions: [
      {
        name: 'shutdown',
        from: at('2026-03-09T00:00'),
        to: at('2026-03-13T00:00'),
        working: false,
        ranges: [],
      },
    ],
  },
]).get('shutdown') as WorkingCalendar;

describe('periodsElapsed (actual time on the working calendar)', () => {
  it('counts a week whose last working day has closed as one whole week', () => {
    expect(periodsElapsed(monday, at('2026-03-06T17:00'), WEEK, standard)).toBe(1);
    expect(periodsElapsed(monday, at('2026-03-07T12:00'), WEEK, standard)).toBe(1);
    expect(periodsElapsed(monday, at('2026-03-09T00:00'), WEEK, standard)).toBe(1);
  });

  it('counts the current week by the share of its working time past', () => {
    // Wednesday 17:00: 24 of 40 working hours
    expect(periodsElapsed(monday, at('2026-03-04T17:00'), WEEK, standard)).toBeCloseTo(0.6, 12);
    // the next Monday at noon: one week and 4 of 40 hours
    expect(periodsElapsed(monday, at('2026-03-09T12:00'), WEEK, standard)).toBeCloseTo(1.1, 12);
  });

  it('counts a week without working time by clock time, and nothing before the start', () => {
    expect(periodsElapsed(monday, at('2026-03-12T12:00'), WEEK, withShutdown)).toBeCloseTo(1 + 3.5 / 7, 12);
    expect(periodsElapsed(monday, at('2026-02-20T12:00'), WEEK, standard)).toBe(0);
  });

  it('rejects a period that is not a positive number of minutes', () => {
    expect(() => periodsElapsed(monday, at('2026-03-04T17:00'), 0, standard)).toThrow(
      /periodsElapsed: the period/,
    );
    expect(() => periodsElapsed(monday, at('2026-03-04T17:00'), Number.NaN, standard)).toThrow(/got NaN/);
  });
});

describe('dateAfterPeriods (a duration in periods as a working date)', () => {
  it('ends a whole number of weeks at the close of the last working day, not on the next Monday', () => {
    expect(formatDateTime(dateAfterPeriods(monday, 1, WEEK, standard))).toBe('2026-03-06T17:00:00');
    expect(formatDateTime(dateAfterPeriods(monday, 3, WEEK, standard))).toBe('2026-03-20T17:00:00');
    expect(dateAfterPeriods(monday, 0, WEEK, standard)).toBe(monday);
  });

  it('places a fraction of a week by its working time', () => {
    expect(formatDateTime(dateAfterPeriods(monday, 0.6, WEEK, standard))).toBe('2026-03-04T17:00:00');
    expect(formatDateTime(dateAfterPeriods(monday, 1.1, WEEK, standard))).toBe('2026-03-09T12:00:00');
    // a forecast never lands on a weekend: 0.99 weeks is Friday 16:36
    expect(formatDateTime(dateAfterPeriods(monday, 0.99, WEEK, standard))).toBe('2026-03-06T16:36:00');
  });

  it('places a fraction of a week without working time by clock time', () => {
    expect(formatDateTime(dateAfterPeriods(monday, 1.5, WEEK, withShutdown))).toBe('2026-03-12T12:00:00');
  });

  it('is the inverse of periodsElapsed at every working instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 * 24 * 7 * 12 }), (offset) => {
        const instant = (monday + offset) as DateTime;
        const periods = periodsElapsed(monday, instant, WEEK, standard);
        const back = dateAfterPeriods(monday, periods, WEEK, standard);
        // the same working instant (a non-working instant maps to the close of the working time before it)
        expect(standard.workingBetween(back, instant)).toBe(0);
        expect(periodsElapsed(monday, back, WEEK, standard)).toBeCloseTo(periods, 9);
      }),
      { seed: 20260302, numRuns: 300 },
    );
  });

  it('rejects negative or unknown durations', () => {
    expect(() => dateAfterPeriods(monday, -1, WEEK, standard)).toThrow(/periods must be a finite number ≥ 0/);
    expect(() => dateAfterPeriods(monday, Number.POSITIVE_INFINITY, WEEK, standard)).toThrow(/got Infinity/);
  });
});

describe('earned schedule of a project exactly on plan', () => {
  // two weeks of work, $1,000 a week, Monday 2 March 08:00 to Friday 13 March 17:00
  const task = (percentComplete: number): EvmTaskInput => ({
    id: 'on plan',
    budget: 200_000,
    baselineStart: at('2026-03-02T08:00'),
    baselineFinish: at('2026-03-13T17:00'),
    percentComplete,
    actualCost: 0,
  });
  const pv = plannedValueSeries([task(0)], monday, WEEK, standard);

  it.each([
    ['2026-03-04T17:00', 30, 0.6],
    ['2026-03-06T17:00', 50, 1],
    ['2026-03-07T10:00', 50, 1],
    ['2026-03-11T12:00', 75, 1.5],
  ])('has ES = AT and SPI(t) = 1 at %s', (status, percent, weeks) => {
    const statusDate = at(status);
    const ev = projectEvm([task(percent)], { statusDate, calendar: standard }).ev;
    const result = earnedSchedule(pv, ev, periodsElapsed(monday, statusDate, WEEK, standard));
    expect(result.es).toBeCloseTo(weeks, 12);
    expect(result.at).toBeCloseTo(weeks, 12);
    expect(result.spit).toBeCloseTo(1, 12);
    expect(result.svt).toBeCloseTo(0, 12);
    // by clock time the Friday-evening status would be 0.67 of a week and SPI(t) 1.49, "ahead"
    // of a plan it only meets
  });
});
