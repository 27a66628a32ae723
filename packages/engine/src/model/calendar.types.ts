import type { DateTime } from './time';

/** A working period within a day, in minutes after midnight; `to` may be 1440 (midnight). */
export interface WorkingRange {
  readonly from: number;
  readonly to: number;
}

/** Working time of one day: an empty `ranges` list means non-working. */
export interface DayWorkingTime {
  readonly working: boolean;
  readonly ranges: readonly WorkingRange[];
}

export type RecurrenceType = 'daily' | 'weekly' | 'monthly' | 'yearly';

/** A recurring exception, as Microsoft Project's "Details…" dialog describes it. */
export interface Recurrence {
  readonly type: RecurrenceType;
  /** Every `interval` days / weeks / months / years. */
  readonly interval: number;
  /** End after this many occurrences (alternative to the exception's `to` date). */
  readonly occurrences?: number;
  /** weekly: days of week 0 = Sunday … 6 = Saturday. */
  readonly daysOfWeek?: readonly number[];
  /** monthly / yearly: a fixed day of the month (1–31). */
  readonly dayOfMonth?: number;
  /** monthly / yearly: the n-th weekday (1–4, or 5 = last) … */
  readonly weekOfMonth?: number;
  /** … of this weekday (0 = Sunday). */
  readonly dayOfWeek?: number;
  /** yearly: month 1–12. */
  readonly month?: number;
}

/** Changed working time over a date range (a holiday, a changed working day, a recurring rule). */
export interface CalendarException {
  readonly name?: string;
  /** First day affected (any time on that day). */
  readonly from: DateTime;
  /** Last day affected, inclusive (any time on that day). */
  readonly to: DateTime;
  readonly working: boolean;
  readonly ranges: readonly WorkingRange[];
  readonly recurrence?: Recurrence;
}

/** A work week that overrides the default week over a date range (MS Project 2007+ "Work Weeks"). */
export interface WorkWeek {
  readonly name?: string;
  readonly from: DateTime;
  readonly to: DateTime;
  /** Index 0 = Sunday … 6 = Saturday; null = use the calendar's default week for that day. */
  readonly days: readonly (DayWorkingTime | null)[];
}

/** A calendar definition: a base calendar, or one derived from a base (resource and task calendars). */
export interface CalendarDefinition {
  readonly id: string;
  readonly name: string;
  /** Derived calendars inherit every day (and exception) they do not define from this base. */
  readonly baseCalendarId?: string | null;
  /** Index 0 = Sunday … 6 = Saturday; null = inherit from the base calendar. Length 7. */
  readonly week: readonly (DayWorkingTime | null)[];
  readonly exceptions: readonly CalendarException[];
  readonly workWeeks?: readonly WorkWeek[];
}
