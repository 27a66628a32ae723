// Dates on the wire are floating wall-clock times (`YYYY-MM-DDTHH:MM:SS`, no zone, see
// packages/engine/src/model/time.ts): they are read and printed as UTC so that no browser time zone
// can shift a task by a day.

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const weekdayDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
});

/** Reads a floating ISO date or date-time as a UTC `Date`; null when absent or unreadable. */
export function parseFloatingDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0'] = match;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "3 Mar 2026"; an em dash when there is no date. */
export function formatDate(value: string | null | undefined): string {
  const date = parseFloatingDate(value);
  return date ? fullDate.format(date) : '—';
}

/** "Tue 3 Mar 26": the task table's compact date, as planners read it. */
export function formatTaskDate(value: string | null | undefined): string {
  const date = parseFloatingDate(value);
  return date ? weekdayDate.format(date).replace(',', '') : '—';
}

/** "3 Mar – 14 Jun 2026", or one side only when the other is missing. */
export function formatDateRange(start: string | null | undefined, finish: string | null | undefined): string {
  const from = parseFloatingDate(start);
  const to = parseFloatingDate(finish);
  if (from && to) {
    const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
    return `${sameYear ? shortDate.format(from) : fullDate.format(from)} – ${fullDate.format(to)}`;
  }
  if (from) return `from ${fullDate.format(from)}`;
  if (to) return `until ${fullDate.format(to)}`;
  return 'No dates yet';
}

/** Today as a floating `YYYY-MM-DD` (the user's calendar day). */
export function todayIso(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

function trimNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
}

/** How a project converts days, weeks and months to working minutes (its calendar options). */
export interface DurationScale {
  readonly minutesPerDay: number;
  readonly minutesPerWeek: number;
  readonly daysPerMonth: number;
}

/** Microsoft Project's defaults: 8-hour days, 40-hour weeks, 20-day months. */
export const STANDARD_SCALE: DurationScale = { minutesPerDay: 480, minutesPerWeek: 2400, daysPerMonth: 20 };

/**
 * Formats a duration of `minutes` working minutes (elapsed minutes for `e*` units) in the unit it
 * was entered in: "5d", "2w", "4h", "3ed"; "0d" for milestones. Units other than minutes, hours and
 * elapsed units use the project's `scale`.
 */
export function formatDuration(minutes: number, unit: string, scale: DurationScale = STANDARD_SCALE): string {
  const elapsed = unit.startsWith('e');
  const base = elapsed ? unit.slice(1) : unit;
  const perDay = elapsed ? 1440 : scale.minutesPerDay;
  const perUnit: Record<string, number> = {
    m: 1,
    h: 60,
    d: perDay,
    w: elapsed ? 7 * 1440 : scale.minutesPerWeek,
    mo: elapsed ? 30 * 1440 : perDay * scale.daysPerMonth,
  };
  const divisor = perUnit[base] ?? perDay;
  const shown = perUnit[base] === undefined ? 'd' : base;
  return `${trimNumber(minutes / divisor)}${elapsed ? 'e' : ''}${shown}`;
}

/** Parses what a planner types in a duration box ("5", "5d", "2w", "4h", "1.5d") to working minutes. */
export function parseDurationInput(
  text: string,
  scale: DurationScale = STANDARD_SCALE,
): { minutes: number; unit: 'h' | 'd' | 'w' } | null {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(h|d|w)?\s*$/i.exec(text);
  if (!match) return null;
  const amount = Number(match[1].replace(',', '.'));
  const unit = (match[2]?.toLowerCase() ?? 'd') as 'h' | 'd' | 'w';
  const perUnit = unit === 'h' ? 60 : unit === 'w' ? scale.minutesPerWeek : scale.minutesPerDay;
  return { minutes: Math.round(amount * perUnit), unit };
}

/** "1 task", "82 tasks". */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}
