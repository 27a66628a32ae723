/**
 * Time in the engine is integer minutes. Dates are *floating* wall-clock times (as in Microsoft
 * Project, which stores no time zone): minutes since 1970-01-01T00:00 read as UTC, so that day and
 * weekday arithmetic never meets a daylight-saving jump.
 */

/** A wall-clock instant: minutes since 1970-01-01T00:00 (floating, no zone). */
export type DateTime = number & { readonly __unit?: 'datetime-minutes' };
/** A span of working time in minutes, counted on a calendar. */
export type WorkMinutes = number & { readonly __unit?: 'working-minutes' };
/** A span of elapsed (calendar) time in minutes, 24 hours a day. */
export type ElapsedMinutes = number & { readonly __unit?: 'elapsed-minutes' };

export const MINUTES_PER_DAY_ELAPSED = 1440;

/** Parses `YYYY-MM-DDTHH:MM[:SS]` (any trailing zone is ignored: dates are floating). */
export function parseDateTime(text: string): DateTime {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?/.exec(text);
  if (!match) throw new RangeError(`not an ISO 8601 date-time: "${text}"`);
  const [, y, mo, d, h = '0', mi = '0'] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  if (Number.isNaN(ms)) throw new RangeError(`not a valid date: "${text}"`);
  return Math.floor(ms / 60000) as DateTime;
}

/** Formats as `YYYY-MM-DDTHH:MM:SS` (floating, no zone). */
export function formatDateTime(value: DateTime): string {
  return new Date(value * 60000).toISOString().slice(0, 19);
}

/** Midnight of the day that contains `value`. */
export function startOfDay(value: DateTime): DateTime {
  return (value - (((value % 1440) + 1440) % 1440)) as DateTime;
}

/** Day of week of `value`: 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function dayOfWeek(value: DateTime): number {
  const day = Math.floor(value / 1440);
  return (((day + 4) % 7) + 7) % 7;
}
