import type { CalendarDefinition } from '../model/calendar.types';
import { BlockWorkingCalendar } from './block-working-calendar';
import { type DayResolver, resolveCalendars } from './resolve-calendars';
import { BlockStore } from './working-blocks';
import type { CalendarSet, WorkingCalendar } from './working-calendar.types';

/**
 * Compiles calendar definitions into fast WorkingCalendars, by id. A derived calendar (one with
 * `baseCalendarId`) takes each weekday it leaves null, and every exception and work week, from its
 * base; its own exceptions win over its base's. Precedence for a day: exceptions (own, then base's),
 * then work weeks, then the default week (own, then base's).
 * Working intervals are compiled lazily, per block of days, on first use; a derived calendar that
 * keeps its base's week shares every block its own exceptions and work weeks leave alone.
 * @throws CalendarError naming the calendar: duplicate id, missing base, base cycle, bad range
 *   (from ≥ to, outside 0..1440, overlapping), bad exception or recurrence, no working time at all.
 */
export function compileCalendars(definitions: readonly CalendarDefinition[]): CalendarSet {
  const calendars = new Map<string, WorkingCalendar>();
  const stores = new Map<DayResolver, BlockStore>();
  const storeOf = (days: DayResolver): BlockStore => {
    let store = stores.get(days);
    if (!store) {
      store = new BlockStore(days, days.delegate && storeOf(days.delegate.base));
      stores.set(days, store);
    }
    return store;
  };
  for (const [id, days] of resolveCalendars(definitions)) {
    calendars.set(id, new BlockWorkingCalendar(id, storeOf(days)));
  }
  return calendars;
}
