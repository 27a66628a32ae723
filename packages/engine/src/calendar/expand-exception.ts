import type { CalendarException, Recurrence } from '../model/calendar.types';
import {
  civilOfDay,
  type DayIndex,
  dayIndexOf,
  dayOfCivil,
  daysInMonth,
  formatDay,
  nthWeekdayOfMonth,
  weekdayOfDay,
} from './civil-days';

/** Exceptions are expanded over 1900-01-01 … 2199-12-31 (Microsoft Project's own range is 1984–2149). */
export const FIRST_EXCEPTION_DAY: DayIndex = dayOfCivil(1900, 1, 1);
export const LAST_EXCEPTION_DAY: DayIndex = dayOfCivil(2199, 12, 31);

/**
 * The days an exception covers, ascending. A plain exception covers every day from `from` to `to`
 * (inclusive, any time of day). A recurring one covers the days its rule gives from `from` on,
 * ending by `to` or, when `occurrences` is set, after that many days (`to` is then ignored, as
 * Microsoft Project's "End after" option does). Weeks of a weekly rule run Sunday to Saturday,
 * whatever the project's first day of the week, as in Microsoft Project (see the tests); a monthly or
 * yearly day 29–31 falls on the month's last day in shorter months.
 * Calls `fail` with a message naming the faulty field; the caller adds which calendar and exception.
 */
export function expandException(exception: CalendarException, fail: (message: string) => never): DayIndex[] {
  if (!Number.isFinite(exception.from) || !Number.isFinite(exception.to)) {
    fail('its from/to dates are not finite numbers');
  }
  const first = dayIndexOf(exception.from);
  const last = Math.min(dayIndexOf(exception.to), LAST_EXCEPTION_DAY);
  if (first < FIRST_EXCEPTION_DAY || first > LAST_EXCEPTION_DAY) {
    fail(`it starts on ${formatDay(first)}, outside the supported years 1900–2199`);
  }
  const { recurrence } = exception;
  if (!recurrence) {
    if (dayIndexOf(exception.to) < first) {
      fail(`it ends (${formatDay(dayIndexOf(exception.to))}) before it starts (${formatDay(first)})`);
    }
    const days: DayIndex[] = [];
    for (let day = first; day <= last; day++) days.push(day);
    return days;
  }
  checkRecurrence(recurrence, fail);
  const limit = recurrence.occurrences ?? Number.POSITIVE_INFINITY;
  const end = recurrence.occurrences !== undefined ? LAST_EXCEPTION_DAY : last;
  if (end < first) {
    fail(`it ends (${formatDay(dayIndexOf(exception.to))}) before it starts (${formatDay(first)})`);
  }
  const days: DayIndex[] = [];
  for (const day of candidates(recurrence, first)) {
    if (day > end || days.length >= limit) break;
    if (day >= first) days.push(day);
  }
  return days;
}

/** Candidate days of a rule, ascending and unbounded, from the period that contains `first`. */
function candidates(rule: Recurrence, first: DayIndex): Generator<DayIndex> {
  switch (rule.type) {
    case 'daily':
      return dailyCandidates(rule, first);
    case 'weekly':
      return weeklyCandidates(rule, first);
    default:
      return monthlyOrYearlyCandidates(rule, first);
  }
}

function* dailyCandidates(rule: Recurrence, first: DayIndex): Generator<DayIndex> {
  for (let day = first; ; day += rule.interval) yield day;
}

function* weeklyCandidates(rule: Recurrence, first: DayIndex): Generator<DayIndex> {
  const weekdays = [...new Set(rule.daysOfWeek)].sort((a, b) => a - b);
  for (let sunday = first - weekdayOfDay(first); ; sunday += 7 * rule.interval) {
    for (const weekday of weekdays) yield sunday + weekday;
  }
}

function* monthlyOrYearlyCandidates(rule: Recurrence, first: DayIndex): Generator<DayIndex> {
  const start = civilOfDay(first);
  const monthStep = rule.type === 'monthly' ? rule.interval : 12 * rule.interval;
  const firstMonth = rule.type === 'monthly' ? start.month : (rule.month ?? start.month);
  for (let k = 0; ; k += monthStep) {
    const year = start.year + Math.floor((firstMonth - 1 + k) / 12);
    const month = ((firstMonth - 1 + k) % 12) + 1;
    yield dayInMonth(rule, year, month);
  }
}

function dayInMonth(rule: Recurrence, year: number, month: number): DayIndex {
  if (rule.dayOfMonth !== undefined) {
    return dayOfCivil(year, month, Math.min(rule.dayOfMonth, daysInMonth(year, month)));
  }
  return nthWeekdayOfMonth(year, month, rule.weekOfMonth ?? 1, rule.dayOfWeek ?? 0);
}

function isIntIn(value: number | undefined, min: number, max: number): boolean {
  return value !== undefined && Number.isInteger(value) && value >= min && value <= max;
}

function checkRecurrence(rule: Recurrence, fail: (message: string) => never): void {
  if (!['daily', 'weekly', 'monthly', 'yearly'].includes(rule.type)) {
    fail(`recurrence type "${rule.type}" is not daily, weekly, monthly or yearly`);
  }
  if (!isIntIn(rule.interval, 1, 10_000))
    fail(`recurrence interval ${rule.interval} is not a whole number ≥ 1`);
  if (rule.occurrences !== undefined && !isIntIn(rule.occurrences, 1, 1_000_000)) {
    fail(`recurrence occurrences ${rule.occurrences} is not a whole number ≥ 1`);
  }
  if (rule.type === 'weekly') {
    const days = rule.daysOfWeek ?? [];
    if (days.length === 0) fail('a weekly recurrence needs daysOfWeek');
    const bad = days.find((d) => !isIntIn(d, 0, 6));
    if (bad !== undefined) fail(`daysOfWeek holds ${bad}, not 0 (Sunday) … 6 (Saturday)`);
  }
  if (rule.type === 'monthly' || rule.type === 'yearly') {
    const byDate = rule.dayOfMonth !== undefined;
    const byWeekday = rule.weekOfMonth !== undefined || rule.dayOfWeek !== undefined;
    if (byDate === byWeekday) {
      fail(`a ${rule.type} recurrence needs either dayOfMonth or weekOfMonth with dayOfWeek`);
    }
    if (byDate && !isIntIn(rule.dayOfMonth, 1, 31)) fail(`dayOfMonth ${rule.dayOfMonth} is not 1–31`);
    if (byWeekday && !isIntIn(rule.weekOfMonth, 1, 5)) {
      fail(`weekOfMonth ${rule.weekOfMonth} is not 1–4 or 5 (last)`);
    }
    if (byWeekday && !isIntIn(rule.dayOfWeek, 0, 6)) fail(`dayOfWeek ${rule.dayOfWeek} is not 0–6`);
  }
  if (rule.type === 'yearly' && rule.month !== undefined && !isIntIn(rule.month, 1, 12)) {
    fail(`month ${rule.month} is not 1–12`);
  }
}
