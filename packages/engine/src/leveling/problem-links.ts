import type { CalendarSet } from '../calendar/working-calendar.types';
import type { LinkInput, ProjectInput, TaskInput } from '../model/project.types';
import type { ScheduledTask } from '../model/schedule.types';
import type { WorkingAxis } from './working-axis';

const isElapsedUnit = (unit: string): boolean => unit.startsWith('e');

export interface Edge {
  readonly from: number;
  readonly to: number;
  readonly type: LinkInput['type'];
  readonly lag: number;
  /** False when the link goes into a summary task: its gate has no duration of its own. */
  readonly succIsLeaf: boolean;
  /** The link it comes from. */
  readonly link: LinkInput;
}

/** Links between activities; a link on a summary task stands for one link per leaf below it. */
export function expandLinks(
  project: ProjectInput,
  children: readonly (readonly number[])[],
  activityOf: Int32Array,
  lagOf: (link: LinkInput, p: number, s: number) => number,
): Edge[] {
  const index = new Map(project.tasks.map((task, i) => [task.id, i]));
  const leaves = (i: number): number[] => {
    if (children[i].length === 0) return activityOf[i] >= 0 ? [activityOf[i]] : [];
    return children[i].flatMap(leaves);
  };
  const edges: Edge[] = [];
  for (const link of project.links) {
    const p = index.get(link.predecessorId);
    const s = index.get(link.successorId);
    if (p === undefined || s === undefined) {
      throw new Error(`levelling: link ${link.predecessorId} → ${link.successorId}: no such task`);
    }
    if (project.tasks[p].active === false || project.tasks[s].active === false) continue;
    const lag = lagOf(link, p, s);
    const succIsLeaf = children[s].length === 0;
    for (const from of leaves(p)) {
      for (const to of leaves(s)) edges.push({ from, to, type: link.type, lag, succIsLeaf, link });
    }
  }
  return edges;
}

/**
 * A link's lag in periods. Working lags on the project calendar are exact; elapsed lags and lags on
 * another calendar are measured at the unlevelled dates and rounded away from zero (up for a lag,
 * down for a lead) so the levelling never asks less than the scheduler will.
 */
export function lagPeriods(
  link: LinkInput,
  p: number,
  s: number,
  scheduled: readonly ScheduledTask[],
  axis: WorkingAxis,
  calendars: CalendarSet,
  onAxisCalendar: (id: string) => boolean,
  tasks: readonly TaskInput[],
): number {
  if (link.lag === 0) return 0;
  const percent = link.lagUnit === '%' || link.lagUnit === 'e%';
  const minutes = percent ? Math.round((link.lag * scheduled[p].duration) / 100) : link.lag;
  const elapsed = isElapsedUnit(link.lagUnit);
  const lagCalendarId = tasks[s].calendarId ?? null;
  if (!elapsed && (lagCalendarId === null || onAxisCalendar(lagCalendarId))) {
    const periods = minutes / axis.unit;
    return minutes >= 0 ? Math.ceil(periods) : Math.floor(periods);
  }
  const fromFinish = link.type === 'FS' || link.type === 'FF';
  const base = fromFinish ? scheduled[p].finish : scheduled[p].start;
  const lagCalendar = elapsed ? null : calendars.get(lagCalendarId ?? '');
  const shifted = lagCalendar ? lagCalendar.addWorking(base, minutes) : base + minutes;
  const span = (axis.offset(axis.calendar.toWorkingStart(shifted)) - axis.offset(base)) / axis.unit;
  return minutes >= 0 ? Math.ceil(span) : Math.floor(span);
}

export function toCsr(
  n: number,
  pairs: readonly number[],
): {
  predOff: Int32Array;
  pred: Int32Array;
  predLag: Int32Array;
  succOff: Int32Array;
  succ: Int32Array;
  succLag: Int32Array;
} {
  const m = pairs.length / 3;
  const predOff = new Int32Array(n + 1);
  const succOff = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    succOff[pairs[3 * e] + 1]++;
    predOff[pairs[3 * e + 1] + 1]++;
  }
  for (let j = 0; j < n; j++) {
    predOff[j + 1] += predOff[j];
    succOff[j + 1] += succOff[j];
  }
  const pred = new Int32Array(m);
  const predLag = new Int32Array(m);
  const succ = new Int32Array(m);
  const succLag = new Int32Array(m);
  const pf = predOff.slice(0, n);
  const sf = succOff.slice(0, n);
  for (let e = 0; e < m; e++) {
    const [from, to, lag] = [pairs[3 * e], pairs[3 * e + 1], pairs[3 * e + 2]];
    pred[pf[to]] = from;
    predLag[pf[to]++] = lag;
    succ[sf[from]] = to;
    succLag[sf[from]++] = lag;
  }
  return { predOff, pred, predLag, succOff, succ, succLag };
}

export function topologicalOrder(
  n: number,
  succOff: Int32Array,
  succ: Int32Array,
  predOff: Int32Array,
  tasks: readonly TaskInput[],
  activities: readonly number[],
): Int32Array {
  const indegree = new Int32Array(n);
  for (let j = 0; j < n; j++) indegree[j] = predOff[j + 1] - predOff[j];
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let j = 0; j < n; j++) if (indegree[j] === 0) order[tail++] = j;
  while (head < tail) {
    const j = order[head++];
    for (let e = succOff[j]; e < succOff[j + 1]; e++) if (--indegree[succ[e]] === 0) order[tail++] = succ[e];
  }
  if (tail < n) {
    const stuck = [];
    for (let j = 0; j < n && stuck.length < 5; j++) if (indegree[j] > 0) stuck.push(tasks[activities[j]].id);
    throw new Error(`levelling: dependency cycle through tasks ${stuck.join(', ')}`);
  }
  return order;
}
