import type { CalendarSet, WorkingCalendar } from '../calendar/working-calendar.types';
import type { ProjectInput, ResourceInput } from '../model/project.types';
import type { ScheduleResult } from '../model/schedule.types';
import { startOfDay } from '../model/time';
import { MAX_CELLS } from './build-leveling-problem';
import { capacityProfile, lastAvailabilityPeriod } from './capacity-profile';
import type { GridProblem } from './grid-problem.types';
import type { LevelingOptions } from './leveling.types';
import { MODE_FIXED, NO_DUE } from './leveling-problem.types';
import { expandLinks, toCsr, topologicalOrder } from './problem-links';
import { type PackedRequests, type ProjectActivities, packRequests } from './project-activities';
import { GridCalendar } from './time-grid';
import { gcd } from './working-axis';

const LINK_CODES = { FS: 0, SS: 1, FF: 2, SF: 3 } as const;
const DAY = 1440;

export interface BuiltGrid {
  readonly problem: GridProblem;
  /** Index 0: 24 × 7 (elapsed durations and lags). */
  readonly calendars: readonly GridCalendar[];
  readonly baseRelease: Int32Array;
  readonly tooLarge: PackedRequests['tooLarge'];
}

/**
 * Builds the levelling problem of a plan whose tasks work on different calendars (resource
 * calendars, task calendars, elapsed durations) on an elapsed time grid. The slot is the gcd of
 * a day, every working range boundary of every calendar, the durations and lags, and the
 * unlevelled dates: an hour, or a quarter of one, on ordinary plans.
 * @throws Error when the grid would be too fine for the plan's length.
 */
export function buildGridProblem(
  project: ProjectInput,
  before: ScheduleResult,
  compiled: CalendarSet,
  acts: ProjectActivities,
  options: LevelingOptions,
): BuiltGrid {
  const { tasks, settings } = project;
  const { activities, mode, manual, calendarIds, resourceIds, resources } = acts;
  const scheduled = before.tasks;
  const n = activities.length;
  let origin = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const i of activities) {
    origin = Math.min(origin, scheduled[i].start);
    end = Math.max(end, scheduled[i].finish);
  }
  if (!Number.isFinite(origin)) origin = end = settings.start;
  origin = startOfDay(origin);

  let slot = DAY;
  for (const calendar of project.calendars) {
    const days = [
      ...calendar.week,
      ...calendar.exceptions,
      ...(calendar.workWeeks ?? []).flatMap((w) => w.days),
    ];
    for (const day of days)
      for (const range of day?.ranges ?? []) slot = gcd(gcd(slot, range.from), range.to);
  }
  for (let a = 0; a < n; a++) {
    const at = scheduled[activities[a]];
    slot = gcd(gcd(slot, at.start - origin), at.finish - origin);
    if (mode[a] !== MODE_FIXED && manual[a] === 0) slot = gcd(slot, tasks[activities[a]].duration);
    if (options.withinSlack) slot = gcd(slot, at.lateFinish - origin);
  }
  for (const link of project.links)
    if (link.lagUnit !== '%' && link.lagUnit !== 'e%') slot = gcd(slot, link.lag);

  // Room for every activity to wait for all the others, lags and a month of idle time on top.
  let spread = 31 * DAY;
  for (const i of activities) spread += scheduled[i].finish - scheduled[i].start;
  for (const link of project.links) spread += Math.max(0, link.lag) * (link.lagUnit.startsWith('e') ? 1 : 4);
  const levelled = resourceIds.map((id) => resources.get(id) as ResourceInput);
  const lastBreak = lastAvailabilityPeriod(levelled, { ceil: (t) => Math.ceil((t - origin) / slot) });
  const horizon = Math.max(Math.ceil((end - origin) / slot), lastBreak) + Math.ceil(spread / slot) + 1;
  const R = resourceIds.length;
  if (horizon * Math.max(1, R) > MAX_CELLS) {
    throw new Error(
      `levelling: the plan spans ${horizon} slots of ${slot} minutes (the gcd of its calendars' working times, durations, lags and dates) ` +
        `for ${R} resources, too fine to level; round durations, lags and working times to whole hours`,
    );
  }

  const calendarIndex = new Map<string | null, number>([[null, 0]]);
  const grids: GridCalendar[] = [new GridCalendar(null, origin, slot, horizon)];
  const indexOf = (id: string | null): number => {
    const known = calendarIndex.get(id);
    if (known !== undefined) return known;
    const calendar: WorkingCalendar | undefined = compiled.get(id ?? '');
    if (!calendar) throw new Error(`levelling: calendar "${id}" does not exist`);
    calendarIndex.set(id, grids.length);
    grids.push(new GridCalendar(calendar, origin, slot, horizon));
    return grids.length - 1;
  };

  const at = (t: number) => Math.round((t - origin) / slot);
  const calendar = new Int32Array(n);
  const work = new Int32Array(n);
  const release = new Int32Array(n);
  const baseRelease = new Int32Array(n);
  const due = new Int32Array(n).fill(NO_DUE);
  const fixedFinish = new Int32Array(n);
  const priority = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    const task = tasks[activities[a]];
    const dates = scheduled[activities[a]];
    const c = indexOf(calendarIds[a]);
    calendar[a] = c;
    priority[a] = task.priority ?? 500;
    release[a] = at(dates.start);
    baseRelease[a] = release[a];
    fixedFinish[a] = at(dates.finish);
    const span = Math.max(0, fixedFinish[a] - release[a]);
    // Working slots of the task on its calendar (a manual task: those between its typed dates).
    work[a] =
      mode[a] === MODE_FIXED || manual[a] === 1
        ? countWorking(grids[c], release[a], span)
        : Math.round(task.duration / slot);
    const kept = options.clearExisting ? 0 : (task.levelingDelay ?? 0);
    if (kept > 0 && mode[a] !== MODE_FIXED)
      release[a] = Math.max(release[a], Math.ceil((dates.start + kept - origin) / slot));
    if (options.withinSlack && mode[a] !== MODE_FIXED)
      due[a] = Math.max(fixedFinish[a], at(dates.lateFinish));
  }

  const edges = expandLinks(project, acts.children, acts.activityOf, () => 0);
  const pairs: number[] = [];
  const types: number[] = [];
  const lags: number[] = [];
  const lagCalendars: number[] = [];
  for (const edge of edges) {
    if (manual[edge.to] === 1) continue;
    const { link } = edge;
    const elapsed = link.lagUnit.startsWith('e');
    const p = activities[edge.from];
    const minutes =
      link.lagUnit === '%' || link.lagUnit === 'e%'
        ? Math.round((link.lag * scheduled[p].duration) / 100)
        : link.lag;
    const successorCalendar = tasks[activities[edge.to]].calendarId ?? settings.calendarId;
    const lagCalendar = elapsed ? 0 : indexOf(successorCalendar);
    pairs.push(edge.from, edge.to, pairs.length / 3);
    types.push(LINK_CODES[edge.type] + (edge.succIsLeaf ? 0 : 4));
    lags.push(Math.round(minutes / slot));
    lagCalendars.push(lagCalendar);
  }
  // toCsr carries each edge's number as its "lag": use it to lay the edge attributes out in CSR order.
  const csr = toCsr(n, pairs);
  const predType = Uint8Array.from(csr.predLag, (e) => types[e]);
  const predLag = Int32Array.from(csr.predLag, (e) => lags[e]);
  const predLagCalendar = Int32Array.from(csr.predLag, (e) => lagCalendars[e]);
  const topo = topologicalOrder(n, csr.succOff, csr.succ, csr.predOff, tasks, activities);
  const capacity = capacityProfile(
    resourceIds,
    resources,
    (t) => [origin + t * slot, origin + (t + 1) * slot],
    horizon,
  );
  const packed = packRequests(acts, capacity, horizon);
  const problem: GridProblem = {
    n,
    taskIndex: Int32Array.from(activities),
    origin,
    slot,
    horizon,
    calendar,
    work,
    release,
    due,
    fixedFinish,
    mode,
    priority,
    predOff: csr.predOff,
    pred: csr.pred,
    predType,
    predLag,
    predLagCalendar,
    succOff: csr.succOff,
    succ: csr.succ,
    topo,
    resourceIds,
    reqOff: packed.reqOff,
    reqRes: packed.reqRes,
    reqQty: packed.reqQty,
    reqFits: packed.reqFits,
    capacity,
  };
  return { problem, calendars: grids, baseRelease, tooLarge: packed.tooLarge };
}

function countWorking(grid: GridCalendar, from: number, span: number): number {
  let count = 0;
  for (let t = from; t < from + span; t++) if (grid.works(t)) count++;
  return count;
}
