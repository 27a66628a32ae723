import type { CalendarDefinition } from '../model/calendar.types';
import type { ProjectInput, ResourceInput, TaskInput } from '../model/project.types';
import { UNITS_TOLERANCE } from './find-overallocations';
import type { LevelingOptions } from './leveling.types';
import { MODE_FIXED, MODE_FREE, MODE_NO_DELAY } from './leveling-problem.types';
import { sameWorkingTime } from './working-axis';

/** The activities of a levelling problem: the active leaf tasks, and what levelling may do with them. */
export interface ProjectActivities {
  /** Activity → task index. */
  readonly activities: readonly number[];
  /** Task index → activity, or -1. */
  readonly activityOf: Int32Array;
  readonly children: readonly (readonly number[])[];
  readonly mode: Uint8Array;
  /** 1 for a manually scheduled task the levelling may move (links do not drive it). */
  readonly manual: Uint8Array;
  /** 1 when the task is not scheduled on the project calendar's working time (or has an elapsed duration). */
  readonly offAxis: Uint8Array;
  /** The calendar each activity is scheduled on; null for an elapsed duration (24 × 7). */
  readonly calendarIds: readonly (string | null)[];
  /** The levelled work resources. */
  readonly resourceIds: readonly string[];
  readonly resources: ReadonlyMap<string, ResourceInput>;
  /** Per activity: units requested per levelled resource index. */
  readonly requests: readonly ReadonlyMap<number, number>[];
}

const isElapsedUnit = (unit: string): boolean => unit.startsWith('e');

/** Finds the activities of a project and classifies them (see ProjectActivities). */
export function projectActivities(project: ProjectInput, options: LevelingOptions): ProjectActivities {
  const { tasks, settings } = project;
  const definitions = new Map<string, CalendarDefinition>(project.calendars.map((c) => [c.id, c]));
  const taskIndex = new Map(tasks.map((task, i) => [task.id, i]));
  const children = childrenOf(tasks, taskIndex);
  const resources = new Map((project.resources ?? []).map((r) => [r.id, r]));
  const taskCalendar = taskCalendarIds(project, resources);
  const activityOf = new Int32Array(tasks.length).fill(-1);
  const activities: number[] = [];
  for (let i = 0; i < tasks.length; i++) {
    if (children[i].length === 0 && tasks[i].active !== false) {
      activityOf[i] = activities.length;
      activities.push(i);
    }
  }
  const n = activities.length;
  const offAxis = new Uint8Array(n);
  const mode = new Uint8Array(n);
  const manual = new Uint8Array(n);
  const calendarIds: (string | null)[] = [];
  const levelManual = options.levelManual ?? true;
  for (let a = 0; a < n; a++) {
    const task = tasks[activities[a]];
    const elapsed = isElapsedUnit(task.durationUnit);
    calendarIds.push(elapsed ? null : taskCalendar(task));
    offAxis[a] = elapsed || !sameWorkingTime(definitions, taskCalendar(task), settings.calendarId) ? 1 : 0;
    mode[a] = modeOf(task, settings.honorConstraints, levelManual);
    manual[a] = task.manual === true && (task.manualStart ?? null) !== null && mode[a] === MODE_FREE ? 1 : 0;
  }
  const levelled = options.resourceIds ? new Set(options.resourceIds) : null;
  const resourceIds = (project.resources ?? [])
    .filter((r) => r.type === 'work' && (!levelled || levelled.has(r.id)))
    .map((r) => r.id);
  const resourceIndex = new Map(resourceIds.map((id, r) => [id, r]));
  const requests: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const assignment of project.assignments ?? []) {
    const i = taskIndex.get(assignment.taskId);
    const r = resourceIndex.get(assignment.resourceId);
    if (i === undefined || r === undefined || activityOf[i] < 0 || assignment.units <= 0) continue;
    const own = requests[activityOf[i]];
    own.set(r, (own.get(r) ?? 0) + assignment.units);
  }
  return {
    activities,
    activityOf,
    children,
    mode,
    manual,
    offAxis,
    calendarIds,
    resourceIds,
    resources,
    requests,
  };
}

/** Requests packed for a schedule generation scheme (CSR by activity), checked against capacity. */
export interface PackedRequests {
  readonly reqOff: Int32Array;
  readonly reqRes: Int32Array;
  readonly reqQty: Float64Array;
  /** 0 when the request can never fit (more than the resource has from some time on): consumed, not checked. */
  readonly reqFits: Uint8Array;
  /** Per task index: the resources whose max units one assignment exceeds on its own. */
  readonly tooLarge: ReadonlyMap<number, readonly string[]>;
}

/** Packs the requests; `capacity` is periods × resources over `horizon` periods. */
export function packRequests(
  acts: ProjectActivities,
  capacity: Float64Array,
  horizon: number,
): PackedRequests {
  const { activities, requests, resourceIds } = acts;
  const n = activities.length;
  const R = resourceIds.length;
  const tail = capacity.subarray((horizon - 1) * R, horizon * R);
  const ever = new Float64Array(R);
  for (let t = 0; t < horizon; t++) {
    for (let r = 0; r < R; r++) ever[r] = Math.max(ever[r], capacity[t * R + r]);
  }
  const reqOff = new Int32Array(n + 1);
  for (let a = 0; a < n; a++) reqOff[a + 1] = reqOff[a] + requests[a].size;
  const reqRes = new Int32Array(reqOff[n]);
  const reqQty = new Float64Array(reqOff[n]);
  const reqFits = new Uint8Array(reqOff[n]);
  const tooLarge = new Map<number, string[]>();
  for (let a = 0, k = 0; a < n; a++) {
    for (const [r, units] of [...requests[a]].sort((x, y) => x[0] - y[0])) {
      reqRes[k] = r;
      reqQty[k] = units;
      // It must fit from some period on for ever, or the search could run past the horizon.
      reqFits[k] = units <= tail[r] + UNITS_TOLERANCE ? 1 : 0;
      if (units > ever[r] + UNITS_TOLERANCE) {
        const list = tooLarge.get(activities[a]) ?? [];
        list.push(resourceIds[r]);
        tooLarge.set(activities[a], list);
      }
      k++;
    }
  }
  return { reqOff, reqRes, reqQty, reqFits, tooLarge };
}

/** Microsoft Project never delays these tasks itself; FIXED ones do not move at all. */
function modeOf(task: TaskInput, honor: boolean, levelManual: boolean): number {
  const progress =
    (task.percentComplete ?? 0) > 0 ||
    (task.actualFinish ?? null) !== null ||
    (task.actualStart ?? null) !== null;
  if (progress) return MODE_FIXED;
  const type = task.constraint?.type ?? 'ASAP';
  const hard = type === 'MSO' || type === 'MFO' || type === 'SNLT' || type === 'FNLT';
  const keep = hard || (task.priority ?? 500) >= 1000;
  // The scheduler keeps a manual task at its typed dates: it moves only when the levelling moves it.
  if (task.manual && (task.manualStart ?? null) !== null)
    return keep || !levelManual ? MODE_FIXED : MODE_FREE;
  if (hard && honor) return MODE_FIXED;
  return keep ? MODE_NO_DELAY : MODE_FREE;
}

function childrenOf(tasks: readonly TaskInput[], index: ReadonlyMap<string, number>): number[][] {
  const children: number[][] = tasks.map(() => []);
  tasks.forEach((task, i) => {
    if (task.parentId === null) return;
    const p = index.get(task.parentId);
    if (p === undefined)
      throw new Error(`levelling: task "${task.id}": parent "${task.parentId}" does not exist`);
    children[p].push(i);
  });
  return children;
}

/** The calendar a task is scheduled on (the scheduler's rule: task, first work resource, project). */
function taskCalendarIds(
  project: ProjectInput,
  resources: ReadonlyMap<string, ResourceInput>,
): (task: TaskInput) => string {
  const byTask = new Map<string, string>();
  for (const assignment of project.assignments ?? []) {
    const resource = resources.get(assignment.resourceId);
    if (resource?.type === 'work' && resource.calendarId && !byTask.has(assignment.taskId)) {
      byTask.set(assignment.taskId, resource.calendarId);
    }
  }
  return (task) =>
    task.calendarId ??
    (task.ignoreResourceCalendar ? undefined : byTask.get(task.id)) ??
    project.settings.calendarId;
}
