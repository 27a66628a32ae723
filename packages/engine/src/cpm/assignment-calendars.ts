import type { ProjectInput, TaskInput } from '../model/project.types';
import type { AssignmentSpans, Network } from './network.types';

/** First assigned work resource's calendar id, by task id (tasks whose resources have calendars). */
export function firstResourceCalendars(project: ProjectInput): Map<string, string> {
  const calendarOf = workCalendars(project);
  const byTask = new Map<string, string>();
  for (const assignment of project.assignments ?? []) {
    const calendarId = calendarOf.get(assignment.resourceId);
    if (calendarId && !byTask.has(assignment.taskId)) byTask.set(assignment.taskId, calendarId);
  }
  return byTask;
}

function workCalendars(project: ProjectInput): Map<string, string> {
  const calendarOf = new Map<string, string>();
  for (const resource of project.resources ?? []) {
    if (resource.type === 'work')
      calendarOf.set(resource.id, resource.calendarId ?? project.settings.calendarId);
  }
  return calendarOf;
}

/**
 * The work assignments of each leaf task whose resources work on different calendars: MS Project
 * schedules each assignment on its resource's calendar (work / units working minutes from the
 * task's start), and the task runs from the earliest assignment start to the latest finish.
 * Tasks with a task calendar, ignoring resource calendars, or with resources on one calendar keep
 * the single-calendar rule (compile-network.ts). Returns null when no task needs spans.
 */
export function assignmentSpans(
  project: ProjectInput,
  isLeaf: (task: number) => boolean,
  calendarIndex: (calendarId: string, task: TaskInput) => number,
): AssignmentSpans | null {
  const calendarOf = workCalendars(project);
  const byTask = new Map<string, { calendar: string; minutes: number }[]>();
  for (const a of project.assignments ?? []) {
    const calendar = calendarOf.get(a.resourceId);
    if (!calendar || !(a.units > 0) || !(a.work > 0)) continue;
    const list = byTask.get(a.taskId) ?? [];
    list.push({ calendar, minutes: Math.round(a.work / a.units) });
    byTask.set(a.taskId, list);
  }
  if (byTask.size === 0) return null;
  const taskCount = project.tasks.length;
  const start = new Int32Array(taskCount + 1);
  const calendars: number[] = [];
  const minutes: number[] = [];
  for (let i = 0; i < taskCount; i++) {
    start[i] = calendars.length;
    const task = project.tasks[i];
    const list = byTask.get(task.id);
    if (!list || task.calendarId || task.ignoreResourceCalendar || !isLeaf(i)) continue;
    if (task.durationUnit.startsWith('e') || new Set(list.map((s) => s.calendar)).size < 2) continue;
    for (const span of list) {
      calendars.push(calendarIndex(span.calendar, task));
      // Files store units rounded (0.33 for a third): within 1 % the assignment spans the task.
      const close = Math.abs(span.minutes - task.duration) <= Math.max(1, task.duration / 100);
      minutes.push(close ? task.duration : span.minutes);
    }
  }
  start[taskCount] = calendars.length;
  if (calendars.length === 0) return null;
  return { start, calendar: Int32Array.from(calendars), minutes: Float64Array.from(minutes) };
}

/** Does leaf i run on its assignments' calendars? */
export function hasSpans(net: Network, i: number): boolean {
  const spans = net.spans;
  return spans !== null && i < net.taskCount && spans.start[i] < spans.start[i + 1];
}

/** Writes the dates of leaf i starting at (or just after) t on every assignment's calendar. */
export function spanFromStart(
  net: Network,
  i: number,
  t: number,
  outS: Float64Array,
  outF: Float64Array,
): void {
  const spans = net.spans!;
  let start = Number.POSITIVE_INFINITY;
  let finish = Number.NEGATIVE_INFINITY;
  for (let k = spans.start[i]; k < spans.start[i + 1]; k++) {
    const cal = net.calendars[spans.calendar[k]];
    const s = cal.toWorkingStart(t);
    const f = cal.addWorking(s, spans.minutes[k]);
    if (s < start) start = s;
    if (f > finish) finish = f;
  }
  outS[i] = start;
  outF[i] = finish;
}

/** Writes the dates of leaf i finishing at (or just before) t on every assignment's calendar. */
export function spanFromFinish(
  net: Network,
  i: number,
  t: number,
  outS: Float64Array,
  outF: Float64Array,
): void {
  const spans = net.spans!;
  let start = Number.POSITIVE_INFINITY;
  let finish = Number.NEGATIVE_INFINITY;
  for (let k = spans.start[i]; k < spans.start[i + 1]; k++) {
    const cal = net.calendars[spans.calendar[k]];
    const f = cal.toWorkingFinish(t);
    const s = cal.subtractWorking(f, spans.minutes[k]);
    if (s < start) start = s;
    if (f > finish) finish = f;
  }
  outS[i] = start;
  outF[i] = finish;
}
