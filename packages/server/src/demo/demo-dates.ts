const DAY_MS = 86_400_000;

/** The UTC calendar date (YYYY-MM-DD) `days` days after `now` (negative: before). */
export function dateFromNow(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant (ISO 8601 UTC, the `*_at` column format) `days` days after `now`. */
export function instantFromNow(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY_MS).toISOString();
}

/** A calendar date (YYYY-MM-DD, or the date part of a floating date-time) moved by `days` days. */
export function addDays(date: string, days: number): string {
  const day = date.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`"${date}" is not a date (YYYY-MM-DD)`);
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
