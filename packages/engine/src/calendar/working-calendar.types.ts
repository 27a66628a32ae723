import type { DateTime, WorkMinutes } from '../model/time';

/**
 * A compiled calendar: fast working-time arithmetic on one calendar (a base calendar, or a derived
 * resource/task calendar with its base merged in). All times are floating minutes (model/time.ts).
 *
 * Microsoft Project's conventions, which the scheduler relies on:
 * - a start is always at a working instant: `toWorkingStart` moves a time that is not working, or
 *   that sits exactly at the end of a working period, forward to the start of the next period;
 * - a finish is always at the end of working time: `toWorkingFinish` moves a time that is not
 *   working, or that sits exactly at the start of a working period, back to the end of the previous one;
 * - `addWorking(start, d)` with d > 0 returns the instant at which d working minutes have elapsed,
 *   landing on the end of a period rather than the start of the next (17:00, not 08:00 next day).
 */
export interface WorkingCalendar {
  readonly id: string;
  /** Is the minute [t, t+1) working time? */
  isWorking(t: DateTime): boolean;
  /** Earliest working instant at or after t that can start work (see above). */
  toWorkingStart(t: DateTime): DateTime;
  /** Latest instant at or before t that can end work (see above). */
  toWorkingFinish(t: DateTime): DateTime;
  /** Instant when `minutes` working minutes after t have elapsed; 0 returns t; negative = subtractWorking. */
  addWorking(t: DateTime, minutes: WorkMinutes): DateTime;
  /** Instant `minutes` working minutes before t, landing on the start of a period when exact; 0 returns t. */
  subtractWorking(t: DateTime, minutes: WorkMinutes): DateTime;
  /** Working minutes in [a, b); negative when b < a. */
  workingBetween(a: DateTime, b: DateTime): WorkMinutes;
}

/** Compiled calendars by id (see compileCalendars in ./compile-calendars.ts). */
export type CalendarSet = ReadonlyMap<string, WorkingCalendar>;
