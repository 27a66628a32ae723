import type { ProjectCalendar } from '@tandem/api';
import { type FloatingMinutes, MINUTES_PER_DAY } from './time-scale';

/** The calendar fields the Gantt needs: working weekdays (0 = Sunday) and daily working periods. */
export type WorkWeek = Pick<ProjectCalendar, 'workingDays' | 'workingTimes' | 'minutesPerDay'>;

/** Longest span counted, in days (≈ 30 years): guards a runaway drag far off the timeline. */
const MAX_DAYS = 11_000;

/**
 * Working minutes between two floating dates under the project's base calendar (its work week
 * and working periods; exceptions are the server's business, the drag only needs the estimate it
 * sends as the new duration). 0 when `to` ≤ `from`.
 */
export function workingMinutesBetween(
  calendar: WorkWeek,
  from: FloatingMinutes,
  to: FloatingMinutes,
): number {
  if (to <= from) return 0;
  const firstDay = Math.floor(from / MINUTES_PER_DAY);
  const lastDay = Math.floor((to - 1) / MINUTES_PER_DAY);
  if (lastDay - firstDay > MAX_DAYS) {
    throw new RangeError(`span of ${lastDay - firstDay} days is longer than ${MAX_DAYS} days`);
  }
  const working = new Set(calendar.workingDays);
  let total = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    // 1970-01-01 was a Thursday (weekday 4).
    if (!working.has((((day + 4) % 7) + 7) % 7)) continue;
    const midnight = day * MINUTES_PER_DAY;
    for (const period of calendar.workingTimes) {
      const start = Math.max(from, midnight + period.from);
      const end = Math.min(to, midnight + period.to);
      if (end > start) total += end - start;
    }
  }
  return total;
}

/** The first working moment of the day containing `minutes` (its first period's start). */
export function dayWorkStart(calendar: WorkWeek, minutes: FloatingMinutes): FloatingMinutes {
  const midnight = Math.floor(minutes / MINUTES_PER_DAY) * MINUTES_PER_DAY;
  return midnight + (calendar.workingTimes[0]?.from ?? 0);
}

/**
 * Elapsed minutes that `workingMinutes` roughly cover, ignoring exceptions and where the periods
 * fall: a working day is `minutesPerDay`, and each calendar week holds `workingDays.length` of
 * them. The calendar-agnostic approximation used to draw slack bars.
 */
export function approximateElapsedMinutes(calendar: WorkWeek, workingMinutes: number): number {
  const workingDaysPerWeek = Math.max(1, calendar.workingDays.length);
  return (workingMinutes / calendar.minutesPerDay) * MINUTES_PER_DAY * (7 / workingDaysPerWeek);
}
