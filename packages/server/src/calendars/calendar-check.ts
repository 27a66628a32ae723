import type { Calendar } from '@tandem/api';
import { CalendarError, compileCalendars } from '@tandem/engine';
import { problems } from '../http/problem-error';
import { calendarChain, toEngineCalendar } from './calendar-definition';

/**
 * Checks a calendar as it would be stored, against the workspace's others: a base calendar sets
 * all 7 weekdays, its base exists in the workspace and is not itself or a descendant, and the engine
 * compiles the chain (ranges, recurrences, overlapping exceptions, some working time). Throws a
 * 400 naming the field (`week`, `exceptions`, `workWeeks`, `baseCalendarId`), or a 404 for a base
 * that is absent or in another workspace.
 */
export function checkCalendar(candidate: Calendar, others: readonly Calendar[]): void {
  if (candidate.baseCalendarId === null) {
    const missing = candidate.week.indexOf(null);
    if (missing >= 0) {
      throw problems.validation(
        `week.${missing}`,
        'a base calendar must set every weekday (null only in derived calendars)',
      );
    }
  }
  const byId = new Map(others.filter((c) => c.id !== candidate.id).map((c) => [c.id, c]));
  byId.set(candidate.id, candidate);
  if (candidate.baseCalendarId !== null) {
    if (!byId.has(candidate.baseCalendarId)) throw problems.notFound('calendar', candidate.baseCalendarId);
    const chain = calendarChain(byId, candidate.id);
    const last = chain[chain.length - 1];
    if (last.baseCalendarId !== null) {
      throw problems.validation(
        'baseCalendarId',
        `would make a loop of base calendars: ${chain.map((c) => c.name).join(' → ')} → ${byId.get(last.baseCalendarId)?.name}`,
      );
    }
  }
  try {
    compileCalendars(calendarChain(byId, candidate.id).map(toEngineCalendar));
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    throw problems.validation(fieldOf(error.message), error.message);
  }
}

/** Which request field a calendar compile error is about (the engine names the thing in its text). */
function fieldOf(message: string): string {
  if (/exception|recurr/i.test(message)) return 'exceptions';
  if (/work week/i.test(message)) return 'workWeeks';
  if (/base/i.test(message)) return 'baseCalendarId';
  return 'week';
}
