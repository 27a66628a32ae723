import type { Calendar } from '@tandem/api';
import { type CalendarDefinition, parseDateTime } from '@tandem/engine';

/** A workspace calendar as the engine's `CalendarDefinition` (dates to floating minutes). */
export function toEngineCalendar(calendar: Calendar): CalendarDefinition {
  return {
    id: calendar.id,
    name: calendar.name,
    baseCalendarId: calendar.baseCalendarId,
    week: calendar.week,
    exceptions: calendar.exceptions.map((e) => ({
      ...(e.name !== undefined ? { name: e.name } : {}),
      from: parseDateTime(e.from),
      to: parseDateTime(e.to),
      working: e.working,
      ranges: e.ranges,
      ...(e.recurrence ? { recurrence: e.recurrence } : {}),
    })),
    workWeeks: calendar.workWeeks.map((w) => ({
      ...(w.name !== undefined ? { name: w.name } : {}),
      from: parseDateTime(w.from),
      to: parseDateTime(w.to),
      days: w.days,
    })),
  };
}

/**
 * The calendar `id`, then its base, then the base's base…, from a workspace's calendars by id.
 * Stops at a missing base or a loop (the engine names those when it compiles the chain).
 */
export function calendarChain(byId: ReadonlyMap<string, Calendar>, id: string): Calendar[] {
  const chain: Calendar[] = [];
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    chain.push(current);
    seen.add(current.id);
    current = current.baseCalendarId ? byId.get(current.baseCalendarId) : undefined;
  }
  return chain;
}
