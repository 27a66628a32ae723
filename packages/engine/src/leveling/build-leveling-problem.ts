import type { CalendarSet, WorkingCalendar } from '../calendar/working-calendar.types';
import type { CalendarDefinition } from '../model/calendar.types';
import type { ProjectInput, ResourceInput } from '../model/project.types';
import type { ScheduleResult } from '../model/schedule.types';
import { capacityProfile, lastAvailabilityPeriod } from './capacity-profile';
import type { LevelingOptions } from './leveling.types';
import { type LevelingProblem, MODE_FIXED, NO_DUE } from './leveling-problem.types';
import { expandLinks, lagPeriods, toCsr, topologicalOrder } from './problem-links';
import { type PackedRequests, type ProjectActivities, packRequests } from './project-activities';
import { gcd, sameWorkingTime, WorkingAxis } from './working-axis';

/** Refuse problems whose capacity table would exceed this many cells (periods × resources). */
export const MAX_CELLS = 50_000_000;

/** A levelling problem on the project calendar's working-time axis, and how to map it back. */
export interface BuiltProblem {
  readonly problem: LevelingProblem;
  readonly axis: WorkingAxis;
  /** Per activity: its release without a kept levelling delay, periods. */
  readonly baseRelease: Int32Array;
  readonly tooLarge: PackedRequests['tooLarge'];
}

const isElapsedUnit = (unit: string): boolean => unit.startsWith('e');

/**
 * Builds the discrete levelling problem of a project whose activities all work on the project
 * calendar's working time, from its unlevelled schedule `before`. Periods are blocks of `unit`
 * working minutes, `unit` being the gcd of a working day and the durations, working lags and
 * unlevelled dates of the activities (one working day on PSPLIB-like plans), so holidays and
 * weekends vanish from the axis. Links on summary tasks bound every leaf below them.
 * @throws Error naming the problem when the axis would be too fine for the plan's length.
 */
export function buildLevelingProblem(
  project: ProjectInput,
  before: ScheduleResult,
  calendars: CalendarSet,
  acts: ProjectActivities,
  options: LevelingOptions,
): BuiltProblem {
  const { tasks, settings } = project;
  const { activities, mode, manual, resourceIds, resources } = acts;
  const definitions = new Map<string, CalendarDefinition>(project.calendars.map((c) => [c.id, c]));
  const projectCalendar = calendarOf(calendars, settings.calendarId);
  const onAxisCalendar = (id: string) => sameWorkingTime(definitions, id, settings.calendarId);
  const scheduled = before.tasks;
  const n = activities.length;

  // The axis: origin at the earliest activity start, unit = gcd of everything exact on it.
  let origin = Number.POSITIVE_INFINITY;
  for (const i of activities) origin = Math.min(origin, scheduled[i].start);
  if (!Number.isFinite(origin)) origin = settings.start;
  origin = projectCalendar.toWorkingStart(origin);
  const probe = new WorkingAxis(projectCalendar, origin, 1);
  // A whole day at most, so that day-long availability periods fall on boundaries.
  let unit = settings.minutesPerDay;
  for (let a = 0; a < n; a++) {
    const at = scheduled[activities[a]];
    if (mode[a] !== MODE_FIXED && manual[a] === 0) unit = gcd(unit, tasks[activities[a]].duration);
    unit = gcd(unit, probe.offset(at.start));
    unit = gcd(unit, probe.offset(at.finish));
    if (options.withinSlack && mode[a] !== MODE_FIXED) unit = gcd(unit, probe.offset(at.lateFinish));
  }
  for (const link of project.links) {
    if (!isElapsedUnit(link.lagUnit) && link.lagUnit !== '%' && link.lag !== 0) unit = gcd(unit, link.lag);
  }
  if (!(unit > 0))
    throw new Error(`levelling: minutesPerDay must be positive, got ${settings.minutesPerDay}`);
  const axis = new WorkingAxis(projectCalendar, origin, unit);

  const duration = new Int32Array(n);
  const release = new Int32Array(n);
  const baseRelease = new Int32Array(n);
  const due = new Int32Array(n).fill(NO_DUE);
  const priority = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    const task = tasks[activities[a]];
    const at = scheduled[activities[a]];
    priority[a] = task.priority ?? 500;
    release[a] = axis.floor(at.start);
    duration[a] =
      mode[a] === MODE_FIXED || manual[a] === 1
        ? axis.ceil(at.finish) - release[a]
        : Math.round(task.duration / unit);
    duration[a] = Math.max(0, duration[a]);
    baseRelease[a] = release[a];
    const kept = options.clearExisting ? 0 : (task.levelingDelay ?? 0);
    if (kept > 0 && mode[a] !== MODE_FIXED) {
      release[a] = Math.max(release[a], axis.ceil(projectCalendar.toWorkingStart(at.start + kept)));
    }
    if (options.withinSlack && mode[a] !== MODE_FIXED) {
      due[a] = Math.max(release[a] + duration[a], axis.floor(at.lateFinish));
    }
  }

  const edges = expandLinks(project, acts.children, acts.activityOf, (link, p, s) =>
    lagPeriods(link, p, s, scheduled, axis, calendars, onAxisCalendar, tasks),
  );
  const pairs: number[] = [];
  for (const edge of edges) {
    // The scheduler keeps a manual task at its own dates: links do not drive it.
    if (manual[edge.to] === 1) continue;
    const finishStart = edge.type === 'FS' || edge.type === 'FF';
    const finishEnd = (edge.type === 'FF' || edge.type === 'SF') && edge.succIsLeaf;
    const lag = (finishStart ? duration[edge.from] : 0) + edge.lag - (finishEnd ? duration[edge.to] : 0);
    pairs.push(edge.from, edge.to, lag);
  }
  const { predOff, pred, predLag, succOff, succ, succLag } = toCsr(n, pairs);
  const topo = topologicalOrder(n, succOff, succ, predOff, tasks, activities);

  const R = resourceIds.length;
  let end = 0;
  let spread = 1;
  for (let a = 0; a < n; a++) {
    end = Math.max(end, release[a] + duration[a]);
    spread += duration[a];
  }
  for (let k = 0; k < predLag.length; k++) spread += Math.max(0, predLag[k]);
  const levelled = resourceIds.map((id) => resources.get(id) as ResourceInput);
  const horizon = Math.max(end, lastAvailabilityPeriod(levelled, axis)) + spread;
  if (horizon * Math.max(1, R) > MAX_CELLS) {
    throw new Error(
      `levelling: the plan spans ${horizon} periods of ${unit} working minutes (the gcd of its durations, lags and dates) ` +
        `for ${R} resources, too fine to level; round durations and lags to whole hours or days`,
    );
  }
  const capacity = capacityProfile(
    resourceIds,
    resources,
    (t) => [axis.startOf(t), axis.finishOf(t + 1)],
    horizon,
  );
  const packed = packRequests(acts, capacity, horizon);
  const problem: LevelingProblem = {
    n,
    taskIndex: Int32Array.from(activities),
    duration,
    release,
    due,
    mode,
    priority,
    predOff,
    pred,
    predLag,
    succOff,
    succ,
    succLag,
    topo,
    resourceIds,
    reqOff: packed.reqOff,
    reqRes: packed.reqRes,
    reqQty: packed.reqQty,
    reqFits: packed.reqFits,
    horizon,
    capacity,
  };
  return { problem, axis, baseRelease, tooLarge: packed.tooLarge };
}

function calendarOf(calendars: CalendarSet, id: string): WorkingCalendar {
  const calendar = calendars.get(id);
  if (!calendar) throw new Error(`levelling: project settings: calendar "${id}" does not exist`);
  return calendar;
}
