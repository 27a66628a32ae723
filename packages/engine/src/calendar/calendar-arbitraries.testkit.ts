import fc from 'fast-check';
import type {
  CalendarDefinition,
  CalendarException,
  DayWorkingTime,
  Recurrence,
  WorkWeek,
} from '../model/calendar.types';
import { parseDateTime } from '../model/time';
import { MINUTES_PER_DAY } from './civil-days';
import { expandException } from './expand-exception';

/**
 * Random exceptions and work weeks fall in the WINDOW_DAYS days from WINDOW_START, a window that
 * straddles the start of a compiled block (2024-09-02).
 */
export const WINDOW_START = parseDateTime('2024-07-01');
export const WINDOW_DAYS = 120;

const fixedDay = (day: number) => WINDOW_START + day * MINUTES_PER_DAY;

/** 1–3 shifts, often starting at 00:00 or ending at 24:00 so that shifts cross midnight. */
const workingDay: fc.Arbitrary<DayWorkingTime> = fc
  .integer({ min: 1, max: 3 })
  .chain((shifts) =>
    fc.uniqueArray(
      fc.oneof(
        { weight: 1, arbitrary: fc.constantFrom(0, 1440) },
        { weight: 4, arbitrary: fc.integer({ min: 0, max: 1440 }) },
      ),
      { minLength: 2 * shifts, maxLength: 2 * shifts },
    ),
  )
  .map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const ranges = [];
    for (let i = 0; i < sorted.length; i += 2) ranges.push({ from: sorted[i], to: sorted[i + 1] });
    return { working: true, ranges };
  });

const nonWorkingDay: DayWorkingTime = { working: false, ranges: [] };
const anyDay = fc.oneof(
  { weight: 1, arbitrary: fc.constant(nonWorkingDay) },
  { weight: 3, arbitrary: workingDay },
);
const inheritedOrDay = fc.oneof(fc.constant(null), anyDay);
const MONDAY_SHIFT: DayWorkingTime = { working: true, ranges: [{ from: 480, to: 960 }] };

const recurrence: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.record({ type: fc.constant('daily' as const), interval: fc.integer({ min: 1, max: 10 }) }),
  fc.record({
    type: fc.constant('weekly' as const),
    interval: fc.integer({ min: 1, max: 3 }),
    daysOfWeek: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('monthly' as const),
    interval: fc.integer({ min: 1, max: 2 }),
    dayOfMonth: fc.integer({ min: 1, max: 31 }),
  }),
  fc.record({
    type: fc.constant('monthly' as const),
    interval: fc.integer({ min: 1, max: 2 }),
    weekOfMonth: fc.integer({ min: 1, max: 5 }),
    dayOfWeek: fc.integer({ min: 0, max: 6 }),
  }),
  fc.record({
    type: fc.constant('yearly' as const),
    interval: fc.constant(1),
    month: fc.integer({ min: 1, max: 4 }),
    weekOfMonth: fc.integer({ min: 1, max: 5 }),
    dayOfWeek: fc.integer({ min: 0, max: 6 }),
  }),
);

const exception: fc.Arbitrary<CalendarException> = fc
  .record({
    start: fc.integer({ min: 0, max: WINDOW_DAYS }),
    length: fc.integer({ min: 0, max: 40 }),
    day: anyDay,
    recurrence: fc.option(recurrence, { freq: 2 }),
    occurrences: fc.option(fc.integer({ min: 1, max: 6 })),
  })
  .map(({ start, length, day, recurrence, occurrences }) => ({
    from: fixedDay(start),
    to: fixedDay(start + (recurrence ? length : Math.min(length, 6))) + 600,
    working: day.working,
    ranges: day.ranges,
    ...(recurrence ? { recurrence: occurrences === null ? recurrence : { ...recurrence, occurrences } } : {}),
  }));

/** Drops exceptions that share a day with an earlier one (Microsoft Project forbids that). */
function disjoint(exceptions: readonly CalendarException[]): CalendarException[] {
  const taken = new Set<number>();
  const fail = (message: string): never => {
    throw new Error(message);
  };
  return exceptions.filter((e) => {
    const days = expandException(e, fail);
    if (days.some((d) => taken.has(d))) return false;
    for (const d of days) taken.add(d);
    return true;
  });
}

const workWeek: fc.Arbitrary<WorkWeek> = fc
  .record({
    start: fc.integer({ min: 0, max: WINDOW_DAYS }),
    length: fc.integer({ min: 0, max: 60 }),
    days: fc.array(inheritedOrDay, { minLength: 7, maxLength: 7 }),
  })
  .map(({ start, length, days }) => ({ from: fixedDay(start), to: fixedDay(start + length), days }));

/**
 * Makes sure the effective default week has at least 2 working hours, so that scans stay short
 * (the minute-by-minute reference walks at most two years).
 */
function withSomeWork<T extends DayWorkingTime | null>(
  week: T[],
  fallback: readonly (DayWorkingTime | null)[],
): T[] {
  const minutes = week.reduce((sum, day, i) => {
    const ranges = (day ?? fallback[i])?.ranges ?? [];
    return sum + ranges.reduce((daySum, r) => daySum + r.to - r.from, 0);
  }, 0);
  return minutes >= 120 ? week : week.map((day, i) => (i === 1 ? (MONDAY_SHIFT as T) : day));
}

export interface RandomCalendars {
  readonly definitions: CalendarDefinition[];
  /** The calendar under test: the derived one when there is one. */
  readonly id: string;
}

/** A random base calendar, with a random derived calendar half of the time. */
export const randomCalendars: fc.Arbitrary<RandomCalendars> = fc
  .record({
    week: fc.array(anyDay, { minLength: 7, maxLength: 7 }),
    exceptions: fc.array(exception, { maxLength: 5 }),
    workWeeks: fc.array(workWeek, { maxLength: 2 }),
    derived: fc.option(
      fc.record({
        // Half the time the resource keeps its base's week (then it shares the base's blocks).
        week: fc.oneof(
          fc.constant(Array<DayWorkingTime | null>(7).fill(null)),
          fc.array(inheritedOrDay, { minLength: 7, maxLength: 7 }),
        ),
        exceptions: fc.array(exception, { maxLength: 3 }),
        workWeeks: fc.array(workWeek, { maxLength: 2 }),
      }),
    ),
  })
  .map(({ week, exceptions, workWeeks, derived }) => {
    const baseWeek = withSomeWork(week, []);
    const base: CalendarDefinition = {
      id: 'base',
      name: 'Base',
      week: baseWeek,
      exceptions: disjoint(exceptions),
      workWeeks,
    };
    if (!derived) return { definitions: [base], id: 'base' };
    const resource: CalendarDefinition = {
      id: 'resource',
      name: 'Resource',
      baseCalendarId: 'base',
      week: withSomeWork(derived.week, baseWeek),
      exceptions: disjoint(derived.exceptions),
      workWeeks: derived.workWeeks,
    };
    return { definitions: [resource, base], id: 'resource' };
  });
