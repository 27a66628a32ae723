import type { DateTime } from '../model/time';

/** A day number: whole days since 1970-01-01 (floating, like DateTime). */
export type DayIndex = number & { readonly __unit?: 'day-index' };

export const MINUTES_PER_DAY = 1440;

/** The day that contains `t`. */
export function dayIndexOf(t: DateTime): DayIndex {
  return Math.floor(t / MINUTES_PER_DAY);
}

/** Day of week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: DayIndex): number {
  return (((day + 4) % 7) + 7) % 7;
}

export interface CivilDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

/** Year, month and day of a day number. */
export function civilOfDay(day: DayIndex): CivilDate {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Day number of a calendar date; month and day overflow roll over as in `Date.UTC`. */
export function dayOfCivil(year: number, month: number, day: number): DayIndex {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function daysInMonth(year: number, month: number): number {
  return dayOfCivil(year, month + 1, 1) - dayOfCivil(year, month, 1);
}

/**
 * The n-th given weekday of a month (`nth` 1–4, or 5 = the last one, as in Microsoft Project).
 * @param weekday 0 = Sunday … 6 = Saturday
 */
export function nthWeekdayOfMonth(year: number, month: number, nth: number, weekday: number): DayIndex {
  if (nth >= 5) {
    const last = dayOfCivil(year, month, daysInMonth(year, month));
    return last - ((weekdayOfDay(last) - weekday + 7) % 7);
  }
  const first = dayOfCivil(year, month, 1);
  return first + ((weekday - weekdayOfDay(first) + 7) % 7) + 7 * (nth - 1);
}

/** `YYYY-MM-DD`, for messages. */
export function formatDay(day: DayIndex): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
