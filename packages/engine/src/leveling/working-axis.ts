import type { WorkingCalendar } from '../calendar/working-calendar.types';
import type { CalendarDefinition } from '../model/calendar.types';
import type { DateTime } from '../model/time';

/**
 * A discrete working-time axis on one calendar: period p is the p-th block of `unit` working
 * minutes after `origin` (a working start). Levelling on it turns dates into integer periods, so
 * holidays and weekends simply do not exist on the axis.
 */
export class WorkingAxis {
  constructor(
    readonly calendar: WorkingCalendar,
    /** A working start; period 0 begins here. Floating minutes. */
    readonly origin: DateTime,
    /** Working minutes per period. */
    readonly unit: number,
  ) {}

  /** Start date of period p (a working start). */
  startOf(p: number): DateTime {
    if (p === 0) return this.origin;
    if (p < 0) return this.calendar.subtractWorking(this.origin, -p * this.unit);
    return this.calendar.toWorkingStart(this.calendar.addWorking(this.origin, p * this.unit));
  }

  /** End date of period p − 1, i.e. where a task finishing at period boundary p ends. */
  finishOf(p: number): DateTime {
    if (p <= 0) return this.startOf(p);
    return this.calendar.addWorking(this.origin, p * this.unit);
  }

  /** Working minutes from the origin to t (negative before it). */
  offset(t: DateTime): number {
    return this.calendar.workingBetween(this.origin, t);
  }

  /** The period containing t's working time (rounded down). */
  floor(t: DateTime): number {
    return Math.floor(this.offset(t) / this.unit);
  }

  /** The first period boundary at or after t's working time (rounded up). */
  ceil(t: DateTime): number {
    return Math.ceil(this.offset(t) / this.unit);
  }
}

/** Greatest common divisor of two non-negative integers. */
export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/**
 * Whether calendar `id` has exactly the working time of calendar `baseId`: it is that calendar, or
 * derives from it (through bases) without a weekday, exception or work week of its own. Resource
 * calendars that merely inherit the project calendar are the common case.
 */
export function sameWorkingTime(
  definitions: ReadonlyMap<string, CalendarDefinition>,
  id: string,
  baseId: string,
): boolean {
  let current: string | null | undefined = id;
  for (let depth = 0; current && depth < 64; depth++) {
    if (current === baseId) return true;
    const definition = definitions.get(current);
    if (!definition) return false;
    const own =
      definition.week.some((day) => day !== null) ||
      definition.exceptions.length > 0 ||
      (definition.workWeeks?.length ?? 0) > 0;
    if (own) return false;
    current = definition.baseCalendarId;
  }
  return false;
}
