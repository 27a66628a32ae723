import type { CalendarDefinition, CalendarException, DayWorkingTime, Recurrence } from '@tandem/engine';
import { EXCEPTION_TYPE, MONTH_ITEM_SUNDAY } from './mspdi-codes';
import { formatTimeOfDay } from './mspdi-values';
import type { XmlBuilder } from './xml-builder';

/**
 * Writes `Calendars` in the layout both Project 2003 and 2007+ read: week days, plain exceptions
 * again as DayType 0 entries (2003), and `Exceptions` with recurrence and `WorkWeeks` (2007+).
 */
export function writeCalendars(
  xml: XmlBuilder,
  calendars: readonly CalendarDefinition[],
  calendarUids: ReadonlyMap<string, string>,
): void {
  xml.element('Calendars', () => {
    for (const calendar of calendars) {
      const base = calendar.baseCalendarId ? calendarUids.get(calendar.baseCalendarId) : undefined;
      xml.element('Calendar', () => {
        xml.leaf('UID', calendarUids.get(calendar.id));
        xml.leaf('Name', calendar.name);
        xml.leaf('IsBaseCalendar', base === undefined);
        xml.leaf('BaseCalendarUID', base ?? -1);
        xml.element('WeekDays', () => {
          calendar.week.forEach((day, index) => {
            if (day) writeDay(xml, index + 1, day);
          });
          for (const exception of calendar.exceptions) {
            if (exception.recurrence) continue;
            xml.element('WeekDay', () => {
              xml.leaf('DayType', 0);
              xml.leaf('DayWorking', exception.working);
              writePeriod(xml, exception.from, exception.to);
              writeRanges(xml, exception);
            });
          }
        });
        if (calendar.exceptions.length > 0) {
          xml.element('Exceptions', () => {
            for (const exception of calendar.exceptions) writeException(xml, exception);
          });
        }
        if (calendar.workWeeks && calendar.workWeeks.length > 0) {
          xml.element('WorkWeeks', () => {
            for (const week of calendar.workWeeks ?? []) {
              xml.element('WorkWeek', () => {
                writePeriod(xml, week.from, week.to);
                xml.leaf('Name', week.name);
                xml.element('WeekDays', () => {
                  week.days.forEach((day, index) => {
                    if (day) writeDay(xml, index + 1, day);
                  });
                });
              });
            }
          });
        }
      });
    }
  });
}

function writeDay(xml: XmlBuilder, dayType: number, day: DayWorkingTime): void {
  xml.element('WeekDay', () => {
    xml.leaf('DayType', dayType);
    xml.leaf('DayWorking', day.working);
    writeRanges(xml, day);
  });
}

function writeRanges(xml: XmlBuilder, day: DayWorkingTime): void {
  if (!day.working || day.ranges.length === 0) return;
  xml.element('WorkingTimes', () => {
    for (const range of day.ranges) {
      xml.element('WorkingTime', () => {
        xml.leaf('FromTime', formatTimeOfDay(range.from));
        xml.leaf('ToTime', formatTimeOfDay(range.to));
      });
    }
  });
}

function writePeriod(xml: XmlBuilder, from: number, to: number): void {
  xml.element('TimePeriod', () => {
    xml.date('FromDate', from);
    xml.date('ToDate', to);
  });
}

function writeException(xml: XmlBuilder, exception: CalendarException): void {
  const recurrence = exception.recurrence;
  xml.element('Exception', () => {
    xml.leaf('EnteredByOccurrences', recurrence?.occurrences !== undefined);
    writePeriod(xml, exception.from, exception.to);
    const days = Math.floor(exception.to / 1440) - Math.floor(exception.from / 1440) + 1;
    xml.leaf('Occurrences', recurrence?.occurrences ?? (recurrence ? undefined : days));
    xml.leaf('Name', exception.name);
    if (recurrence) writeRecurrence(xml, recurrence);
    else xml.leaf('Type', EXCEPTION_TYPE.daily);
    xml.leaf('DayWorking', exception.working);
    writeRanges(xml, exception);
  });
}

/** Tandem's Recurrence to Exception/Type and its fields (the inverse of read-calendars). */
function writeRecurrence(xml: XmlBuilder, recurrence: Recurrence): void {
  const position = recurrence.weekOfMonth !== undefined && recurrence.dayOfWeek !== undefined;
  switch (recurrence.type) {
    case 'daily':
      xml.leaf('Type', EXCEPTION_TYPE.byDayCount).leaf('Period', recurrence.interval);
      return;
    case 'weekly': {
      const mask = (recurrence.daysOfWeek ?? []).reduce((bits, day) => bits | (1 << day), 0);
      xml.leaf('Type', EXCEPTION_TYPE.weekly).leaf('Period', recurrence.interval).leaf('DaysOfWeek', mask);
      return;
    }
    case 'monthly':
      xml.leaf('Type', position ? EXCEPTION_TYPE.monthlyByPosition : EXCEPTION_TYPE.monthlyByDay);
      xml.leaf('Period', recurrence.interval);
      writeDayOfMonth(xml, recurrence, position);
      return;
    case 'yearly':
      xml.leaf('Type', position ? EXCEPTION_TYPE.yearlyByPosition : EXCEPTION_TYPE.yearlyByDay);
      if (recurrence.interval !== 1) xml.leaf('Period', recurrence.interval);
      writeDayOfMonth(xml, recurrence, position, (recurrence.month ?? 1) - 1);
      return;
  }
}

function writeDayOfMonth(xml: XmlBuilder, recurrence: Recurrence, position: boolean, month?: number): void {
  if (position) {
    xml.leaf('MonthItem', (recurrence.dayOfWeek ?? 0) + MONTH_ITEM_SUNDAY);
    xml.leaf('MonthPosition', (recurrence.weekOfMonth ?? 1) - 1);
    xml.leaf('Month', month);
  } else {
    xml.leaf('Month', month);
    xml.leaf('MonthDay', recurrence.dayOfMonth ?? 1);
  }
}
