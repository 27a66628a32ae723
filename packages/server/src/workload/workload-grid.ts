import type { WorkloadCell, WorkloadPeriod } from '@tandem/api';
import {
  type CalendarSet,
  type DateTime,
  dayOfWeek,
  maxUnitsAt,
  type Overallocation,
  type ProjectInput,
  type ResourceInput,
  type ScheduleResult,
  startOfDay,
  type WorkingCalendar,
} from '@tandem/engine';

const DAY = 1440;

/** The periods of a workload window: starts (floating minutes) and the window's exclusive end. */
export interface WorkloadWindow {
  readonly starts: readonly DateTime[];
  readonly end: DateTime;
}

/**
 * Snaps [from, to) outward to whole periods: days start at 00:00, weeks on Monday 00:00.
 * @returns the period starts and the end of the last period; `to` ≤ `from` gives one period.
 */
export function workloadWindow(from: DateTime, to: DateTime, period: WorkloadPeriod): WorkloadWindow {
  const length = period === 'day' ? DAY : 7 * DAY;
  let first = startOfDay(from);
  if (period === 'week') first -= ((dayOfWeek(first) + 6) % 7) * DAY;
  const starts: DateTime[] = [];
  let t = first;
  do {
    starts.push(t);
    t += length;
  } while (t < to);
  return { starts, end: t };
}

/** One resource's row of the workload grid. */
export interface WorkloadRow {
  readonly resourceId: string;
  readonly name: string;
  readonly cells: WorkloadCell[];
}

/**
 * Work and capacity of each work resource per period, in minutes. Work is, per assignment, its
 * units × the working minutes of the resource's calendar (else the project's) that the task spends
 * in the period (work spread evenly, Microsoft Project's flat contour); capacity is the calendar's
 * working minutes × the max units in force (availability ranges included). A cell is overallocated
 * when one of `overallocations` of the resource overlaps it. Summary and zero-length tasks carry
 * no work.
 */
export function workloadRows(
  project: ProjectInput,
  schedule: ScheduleResult,
  calendars: CalendarSet,
  window: WorkloadWindow,
  overallocations: readonly Overallocation[],
): WorkloadRow[] {
  const scheduled = new Map(schedule.tasks.map((task) => [task.id, task]));
  const rows: WorkloadRow[] = [];
  for (const resource of project.resources ?? []) {
    if (resource.type !== 'work') continue;
    const calendarId = resource.calendarId ?? project.settings.calendarId;
    const calendar = calendars.get(calendarId);
    if (!calendar) throw new Error(`resource ${resource.id}: calendar ${calendarId} is missing`);
    const spans = (project.assignments ?? [])
      .filter((a) => a.resourceId === resource.id && a.units > 0)
      .flatMap((a) => {
        const task = scheduled.get(a.taskId);
        return task && !task.summary && task.finish > task.start
          ? [{ from: task.start, to: task.finish, units: a.units }]
          : [];
      });
    const over = overallocations.filter((o) => o.resourceId === resource.id);
    const cells = window.starts.map((start, k): WorkloadCell => {
      const end = window.starts[k + 1] ?? window.end;
      let work = 0;
      for (const span of spans) {
        const a = Math.max(span.from, start);
        const b = Math.min(span.to, end);
        if (b > a) work += span.units * calendar.workingBetween(a, b);
      }
      return {
        work: Math.round(work),
        capacity: Math.round(capacity(resource, calendar, start, end)),
        overallocated: over.some((o) => o.from < end && o.to > start),
      };
    });
    rows.push({ resourceId: resource.id, name: resource.name, cells });
  }
  return rows;
}

/** Working minutes × max units over [from, to), split wherever the max units may change. */
function capacity(resource: ResourceInput, calendar: WorkingCalendar, from: DateTime, to: DateTime): number {
  // Every range bound, and the day after a 00:00 end (an inclusive "Available To" day): a superset
  // of the instants where max units change, so summing over the pieces is exact.
  const cuts = new Set<number>([from, to]);
  for (const range of resource.availability ?? []) {
    for (const t of [range.from, range.to, range.to === null ? null : range.to + DAY]) {
      if (t !== null && t > from && t < to) cuts.add(t);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  let total = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    total += calendar.workingBetween(points[i], points[i + 1]) * maxUnitsAt(resource, points[i]);
  }
  return total;
}
