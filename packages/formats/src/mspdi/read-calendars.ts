import type {
  CalendarDefinition,
  CalendarException,
  DayWorkingTime,
  Recurrence,
  WorkingRange,
  WorkWeek,
} from '@tandem/engine';
import { EXCEPTION_TYPE, MONTH_ITEM_SUNDAY, MONTH_POSITION_LAST } from './mspdi-codes';
import type { XmlNode } from './xml-node';

/** Microsoft Project's default working times, used for a working day that lists none. */
const DEFAULT_RANGES: readonly WorkingRange[] = [
  { from: 8 * 60, to: 12 * 60 },
  { from: 13 * 60, to: 17 * 60 },
];

/**
 * Reads `Project/Calendars`. Both layouts are understood: Project 2003 (exceptions as `WeekDay`
 * with DayType 0 and a TimePeriod) and Project 2007+ (`Exceptions` with recurrence, `WorkWeeks`).
 * When both are present (2007+ writes both), `Exceptions` wins: the DayType 0 entries are its
 * expanded occurrences.
 */
export function readCalendars(project: XmlNode, warnings: string[]): CalendarDefinition[] {
  const list = project.child('Calendars')?.children('Calendar') ?? [];
  return list.map((raw) => {
    const uid = raw.value('UID');
    if (uid === undefined) throw raw.error('UID', 'calendar without a UID');
    const node = raw.relabel(`Calendar[UID=${uid}]`);
    const base = node.value('BaseCalendarUID');
    const isBase = node.bool('IsBaseCalendar') ?? base === undefined;
    const week: (DayWorkingTime | null)[] = [null, null, null, null, null, null, null];
    const legacyExceptions: CalendarException[] = [];
    for (const day of node.child('WeekDays')?.children('WeekDay') ?? []) {
      const dayType = day.int('DayType');
      if (dayType === undefined || dayType < 0 || dayType > 7) {
        throw day.error('DayType', `expected 0 (exception) or 1–7 (Sunday–Saturday), found ${dayType}`);
      }
      if (dayType === 0) {
        const exception = readLegacyException(day);
        if (exception) legacyExceptions.push(exception);
      } else {
        week[dayType - 1] = readDay(day);
      }
    }
    const exceptionsNode = node.child('Exceptions');
    const exceptions = exceptionsNode
      ? exceptionsNode.children('Exception').map((exception) => readException(exception, warnings))
      : legacyExceptions;
    const workWeeks = (node.child('WorkWeeks')?.children('WorkWeek') ?? []).map(readWorkWeek);
    const calendar: CalendarDefinition = {
      id: uid,
      name: node.text('Name') ?? '',
      baseCalendarId: isBase || base === undefined || base === '-1' ? null : base,
      week,
      exceptions,
    };
    return workWeeks.length > 0 ? { ...calendar, workWeeks } : calendar;
  });
}

/** A week day or exception day: DayWorking plus its WorkingTimes. */
function readDay(day: XmlNode): DayWorkingTime {
  const working = day.bool('DayWorking') ?? false;
  if (!working) return { working: false, ranges: [] };
  const ranges = readRanges(day);
  return { working: true, ranges: ranges.length > 0 ? ranges : DEFAULT_RANGES };
}

function readRanges(day: XmlNode): WorkingRange[] {
  const ranges: WorkingRange[] = [];
  for (const time of day.child('WorkingTimes')?.children('WorkingTime') ?? []) {
    const from = time.time('FromTime');
    const to = time.time('ToTime');
    if (from === undefined || to === undefined) continue;
    // 00:00:00 as an end means midnight at the end of the day.
    const end = to <= from ? to + 1440 : to;
    if (end > 1440) throw time.error('ToTime', `working time ${from} to ${to} minutes crosses midnight`);
    ranges.push({ from, to: end });
  }
  return ranges.sort((a, b) => a.from - b.from);
}

function readLegacyException(day: XmlNode): CalendarException | null {
  const period = day.child('TimePeriod');
  const from = period?.date('FromDate');
  const to = period?.date('ToDate');
  if (from === undefined || to === undefined) return null;
  const { working, ranges } = readDay(day);
  return { from, to, working, ranges };
}

function readException(node: XmlNode, warnings: string[]): CalendarException {
  const period = node.child('TimePeriod');
  const from = period?.date('FromDate');
  const to = period?.date('ToDate');
  if (!period || from === undefined) throw node.error('TimePeriod', 'calendar exception without FromDate');
  if (to === undefined) throw period.error('ToDate', 'calendar exception without ToDate');
  const { working, ranges } = readDay(node);
  const name = node.text('Name');
  const recurrence = readRecurrence(node, warnings);
  return {
    ...(name ? { name } : {}),
    from,
    to,
    working,
    ranges,
    ...(recurrence ? { recurrence } : {}),
  };
}

/** Maps Exception/Type and its fields to Tandem's Recurrence; a plain date range returns undefined. */
function readRecurrence(node: XmlNode, warnings: string[]): Recurrence | undefined {
  const type = node.int('Type');
  const interval = Math.max(1, node.int('Period') ?? 1);
  const byOccurrences = node.bool('EnteredByOccurrences') ?? false;
  const occurrences = byOccurrences ? node.int('Occurrences') : undefined;
  const count = occurrences !== undefined ? { occurrences } : {};
  switch (type) {
    case undefined:
    case EXCEPTION_TYPE.none:
      return undefined;
    case EXCEPTION_TYPE.daily:
    case EXCEPTION_TYPE.byDayCount:
      // Every day of the range is a plain date range, whichever way it was entered.
      return interval === 1 ? undefined : { type: 'daily', interval, ...count };
    case EXCEPTION_TYPE.byWeekdayCount:
      if (interval > 1)
        warnings.push(`${node.path}: "every ${interval} weekdays" read as every ${interval} days`);
      return interval === 1
        ? { type: 'weekly', interval: 1, daysOfWeek: [1, 2, 3, 4, 5], ...count }
        : { type: 'daily', interval, ...count };
    case EXCEPTION_TYPE.weekly:
      return { type: 'weekly', interval, daysOfWeek: readDaysOfWeek(node), ...count };
    case EXCEPTION_TYPE.monthlyByDay:
      return { type: 'monthly', interval, dayOfMonth: node.int('MonthDay') ?? 1, ...count };
    case EXCEPTION_TYPE.monthlyByPosition:
      return { type: 'monthly', interval, ...readPosition(node, warnings), ...count };
    case EXCEPTION_TYPE.yearlyByDay:
      return {
        type: 'yearly',
        interval,
        month: readMonth(node),
        dayOfMonth: node.int('MonthDay') ?? 1,
        ...count,
      };
    case EXCEPTION_TYPE.yearlyByPosition:
      return { type: 'yearly', interval, month: readMonth(node), ...readPosition(node, warnings), ...count };
    default:
      throw node.error('Type', `unknown calendar exception type ${type} (expected 1–9)`);
  }
}

function readDaysOfWeek(node: XmlNode): number[] {
  const mask = node.int('DaysOfWeek') ?? 0;
  const days: number[] = [];
  for (let day = 0; day < 7; day++) if (mask & (1 << day)) days.push(day);
  if (days.length === 0) throw node.error('DaysOfWeek', 'weekly exception on no day of the week');
  return days;
}

function readMonth(node: XmlNode): number {
  const month = node.int('Month') ?? 0;
  if (month < 0 || month > 11)
    throw node.error('Month', `expected 0 (January) to 11 (December), found ${month}`);
  return month + 1;
}

function readPosition(node: XmlNode, warnings: string[]): { weekOfMonth: number; dayOfWeek: number } {
  const position = node.int('MonthPosition') ?? 0;
  if (position < 0 || position > MONTH_POSITION_LAST) {
    throw node.error('MonthPosition', `expected 0 (first) to 4 (last), found ${position}`);
  }
  const item = node.int('MonthItem') ?? MONTH_ITEM_SUNDAY;
  if (item < MONTH_ITEM_SUNDAY) {
    warnings.push(`${node.path}: MonthItem ${item} (day / weekday / weekend day) read as Monday`);
  }
  const dayOfWeek = item >= MONTH_ITEM_SUNDAY && item <= MONTH_ITEM_SUNDAY + 6 ? item - MONTH_ITEM_SUNDAY : 1;
  return { weekOfMonth: position + 1, dayOfWeek };
}

function readWorkWeek(node: XmlNode): WorkWeek {
  const period = node.child('TimePeriod');
  const from = period?.date('FromDate');
  const to = period?.date('ToDate');
  if (!period || from === undefined || to === undefined) {
    throw node.error('TimePeriod', 'work week without FromDate and ToDate');
  }
  const days: (DayWorkingTime | null)[] = [null, null, null, null, null, null, null];
  // Microsoft Project nests them in WeekDays; the 2007 schema puts them directly under WorkWeek.
  const weekDays = node.child('WeekDays')?.children('WeekDay') ?? node.children('WeekDay');
  for (const day of weekDays) {
    const dayType = day.int('DayType');
    if (dayType === undefined || dayType < 1 || dayType > 7) {
      throw day.error('DayType', `expected 1–7 (Sunday–Saturday), found ${dayType}`);
    }
    days[dayType - 1] = readDay(day);
  }
  const name = node.text('Name');
  return { ...(name ? { name } : {}), from, to, days };
}
