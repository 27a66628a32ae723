import { compileCalendars } from '../calendar/index';
import type { CalendarSet } from '../calendar/working-calendar.types';
import type { ProjectInput, ResourceInput } from '../model/project.types';
import type { ScheduleResult } from '../model/schedule.types';
import { availabilityBreaks, maxUnitsAt } from './availability';
import type { Overallocation } from './leveling.types';

/** Loads within this much of max units are not overallocations (units are decimals). */
export const UNITS_TOLERANCE = 1e-6;

export interface FindOverallocationsOptions {
  /** Compiled calendars (by id); by default `project.calendars` are compiled. */
  readonly calendars?: CalendarSet;
  /** Check only these resources. */
  readonly resourceIds?: readonly string[];
}

interface Load {
  readonly from: number;
  readonly to: number;
  readonly units: number;
  readonly taskId: string;
}

/**
 * Every span where a work resource is loaded beyond its max units. Independent of the levelling:
 * it sweeps each resource's assignments over the scheduled task dates, summing the units of the
 * assignments at work between consecutive task starts, finishes and availability changes, and
 * compares the sum with the resource's max units there (availability periods included). Spans
 * where the resource's calendar (else the project calendar) has no working time do not count, and
 * overloaded spans separated only by non-working time form one overallocation. Summary tasks,
 * inactive tasks and zero-length tasks carry no load. Dates are floating minutes.
 * @returns overallocations by resource (input order), then by time.
 */
export function findOverallocations(
  project: ProjectInput,
  schedule: ScheduleResult,
  options: FindOverallocationsOptions = {},
): Overallocation[] {
  const calendars = options.calendars ?? compileCalendars(project.calendars);
  const only = options.resourceIds ? new Set(options.resourceIds) : null;
  const scheduled = new Map(schedule.tasks.map((task) => [task.id, task]));
  const inactive = new Set(project.tasks.filter((task) => task.active === false).map((task) => task.id));
  const loads = new Map<string, Load[]>();
  for (const assignment of project.assignments ?? []) {
    const task = scheduled.get(assignment.taskId);
    if (!task || task.summary || inactive.has(task.id) || task.finish <= task.start) continue;
    if (assignment.units <= 0) continue;
    const list = loads.get(assignment.resourceId) ?? [];
    list.push({ from: task.start, to: task.finish, units: assignment.units, taskId: task.id });
    loads.set(assignment.resourceId, list);
  }
  const found: Overallocation[] = [];
  for (const resource of project.resources ?? []) {
    if (resource.type !== 'work' || (only && !only.has(resource.id))) continue;
    const list = loads.get(resource.id);
    if (!list) continue;
    const calendar = calendars.get(resource.calendarId ?? project.settings.calendarId);
    if (!calendar)
      throw new Error(`resource "${resource.id}": calendar "${resource.calendarId}" does not exist`);
    const start = found.length;
    sweep(resource, list, (from, to) => calendar.workingBetween(from, to) > 0, found);
    // Report working time: a span opened at midnight by an availability change starts at 08:00.
    for (let k = start; k < found.length; k++) {
      const over = found[k];
      found[k] = { ...over, from: calendar.toWorkingStart(over.from), to: calendar.toWorkingFinish(over.to) };
    }
  }
  return found;
}

function sweep(
  resource: ResourceInput,
  list: readonly Load[],
  isWorking: (from: number, to: number) => boolean,
  out: Overallocation[],
): void {
  const points = new Set<number>();
  for (const load of list) {
    points.add(load.from);
    points.add(load.to);
  }
  const first = Math.min(...list.map((load) => load.from));
  const last = Math.max(...list.map((load) => load.to));
  for (const t of availabilityBreaks(resource)) if (t > first && t < last) points.add(t);
  const times = [...points].sort((a, b) => a - b);
  const byStart = [...list].sort((a, b) => a.from - b.from);
  let open = null as Overallocation | null;
  let next = 0;
  let active: Load[] = [];
  for (let k = 0; k + 1 < times.length; k++) {
    const from = times[k];
    const to = times[k + 1];
    active = active.filter((load) => load.to > from);
    while (next < byStart.length && byStart[next].from <= from) {
      if (byStart[next].to > from) active.push(byStart[next]);
      next++;
    }
    if (active.length === 0) {
      if (open) out.push(open);
      open = null;
      continue;
    }
    // Non-working time neither ends nor extends an overallocation.
    if (!isWorking(from, to)) continue;
    const units = active.reduce((sum, load) => sum + load.units, 0);
    const max = maxUnitsAt(resource, from);
    if (units <= max + UNITS_TOLERANCE) {
      if (open) out.push(open);
      open = null;
      continue;
    }
    const taskIds = active.map((load) => load.taskId);
    const current: Overallocation | null = open;
    open =
      current === null
        ? { resourceId: resource.id, from, to, peakUnits: units, maxUnits: max, taskIds }
        : {
            resourceId: resource.id,
            from: current.from,
            to,
            peakUnits: Math.max(current.peakUnits, units),
            maxUnits: Math.min(current.maxUnits, max),
            taskIds: [...new Set([...current.taskIds, ...taskIds])],
          };
  }
  if (open) out.push(open);
}
