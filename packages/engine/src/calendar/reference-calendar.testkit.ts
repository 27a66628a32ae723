import type { CalendarDefinition, WorkingRange } from '../model/calendar.types';
import type { DateTime, WorkMinutes } from '../model/time';
import { dayIndexOf, MINUTES_PER_DAY, weekdayOfDay } from './civil-days';
import { expandException } from './expand-exception';
import type { WorkingCalendar } from './working-calendar.types';

/** Give up after this many minutes of walking (two years): the reference is for small tests. */
const WALK_LIMIT = 2 * 366 * MINUTES_PER_DAY;

/**
 * Test-only reference: a WorkingCalendar that reads the definitions directly and walks minute by
 * minute. It shares only expandException (recurrence dates) with the fast implementation.
 */
export class ReferenceCalendar implements WorkingCalendar {
  private readonly byId: ReadonlyMap<string, CalendarDefinition>;
  private readonly exceptionDays = new Map<CalendarDefinition, Map<number, readonly WorkingRange[]>>();
  private readonly dayCache = new Map<number, readonly WorkingRange[]>();

  constructor(
    readonly id: string,
    definitions: readonly CalendarDefinition[],
  ) {
    this.byId = new Map(definitions.map((d) => [d.id, d]));
  }

  isWorking(t: DateTime): boolean {
    const minute = t - dayIndexOf(t) * MINUTES_PER_DAY;
    return this.rangesOf(dayIndexOf(t)).some((r) => r.from <= minute && minute < r.to);
  }

  toWorkingStart(t: DateTime): DateTime {
    let x = t;
    while (!this.isWorking(x)) x = this.step(t, x, 1);
    return x;
  }

  toWorkingFinish(t: DateTime): DateTime {
    let x = t;
    while (!this.isWorking(x - 1)) x = this.step(t, x, -1);
    return x;
  }

  addWorking(t: DateTime, minutes: WorkMinutes): DateTime {
    if (minutes < 0) return this.subtractWorking(t, -minutes);
    let x = t;
    for (let counted = 0; counted < minutes; x = this.step(t, x, 1)) if (this.isWorking(x)) counted++;
    return x;
  }

  subtractWorking(t: DateTime, minutes: WorkMinutes): DateTime {
    if (minutes < 0) return this.addWorking(t, -minutes);
    let x = t;
    for (let counted = 0; counted < minutes; ) {
      x = this.step(t, x, -1);
      if (this.isWorking(x)) counted++;
    }
    return x;
  }

  workingBetween(a: DateTime, b: DateTime): WorkMinutes {
    if (b < a) return 0 - this.workingBetween(b, a);
    let sum = 0;
    for (let x = a; x < b; x++) if (this.isWorking(x)) sum++;
    return sum;
  }

  private step(origin: number, x: number, by: 1 | -1): number {
    if (Math.abs(x - origin) > WALK_LIMIT) throw new Error(`reference calendar ${this.id}: walked too far`);
    return x + by;
  }

  private rangesOf(day: number): readonly WorkingRange[] {
    let ranges = this.dayCache.get(day);
    if (!ranges) {
      const definition = this.definition(this.id);
      ranges = this.exceptionRanges(definition, day) ?? this.weekRanges(definition, day);
      this.dayCache.set(day, ranges);
    }
    return ranges;
  }

  private definition(id: string): CalendarDefinition {
    const definition = this.byId.get(id);
    if (!definition) throw new Error(`reference calendar: no calendar ${id}`);
    return definition;
  }

  private exceptionRanges(definition: CalendarDefinition, day: number): readonly WorkingRange[] | undefined {
    let days = this.exceptionDays.get(definition);
    if (!days) {
      days = new Map();
      for (const exception of definition.exceptions) {
        const fail = (message: string): never => {
          throw new Error(message);
        };
        const ranges = exception.working ? exception.ranges : [];
        for (const d of expandException(exception, fail)) days.set(d, ranges);
      }
      this.exceptionDays.set(definition, days);
    }
    const own = days.get(day);
    if (own) return own;
    return definition.baseCalendarId
      ? this.exceptionRanges(this.definition(definition.baseCalendarId), day)
      : undefined;
  }

  private weekRanges(definition: CalendarDefinition, day: number): readonly WorkingRange[] {
    const weekday = weekdayOfDay(day);
    const dayStart = day * MINUTES_PER_DAY;
    const workWeek = (definition.workWeeks ?? []).findLast(
      (ww) =>
        dayIndexOf(ww.from) * MINUTES_PER_DAY <= dayStart && dayStart <= dayIndexOf(ww.to) * MINUTES_PER_DAY,
    );
    const entry = workWeek?.days[weekday] ?? definition.week[weekday];
    if (entry) return entry.working ? entry.ranges : [];
    if (!definition.baseCalendarId)
      throw new Error(`reference calendar: ${definition.id} has no day ${weekday}`);
    return this.weekRanges(this.definition(definition.baseCalendarId), day);
  }
}
