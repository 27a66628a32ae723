import type { CalendarSet, WorkingCalendar } from '../calendar/working-calendar.types';
import type { ConstraintType, DurationUnit, ProjectInput, TaskInput } from '../model/project.types';
import { ScheduleInputError } from '../model/schedule.types';
import { assignmentSpans, firstResourceCalendars } from './assignment-calendars';
import { CONSTRAINT_ORDER, isPlacedLateBy } from './constraints';
import { ELAPSED_CALENDAR_24x7 } from './elapsed-calendar';
import { IdIndex } from './id-index';
import { adjacencySize, lagCalendarOf, lagKindOf, linkCode, orderedAdjacency } from './link-edits';
import {
  ELAPSED_CALENDAR,
  FLAG_COMPLETE,
  FLAG_INACTIVE,
  FLAG_LATE,
  FLAG_MANUAL,
  FLAG_MILESTONE,
  FLAG_PROGRESS,
  FLAG_TASK_CALENDAR,
  LINK_GATE,
  LINK_LAGGED,
  LINK_ROLLUP,
  type Network,
  NODE_FIN,
  NODE_GATE,
  NODE_LEAF,
} from './network.types';
import { actualDatesOf } from './progress';
import { allocateProgressArrays, needsProgressArrays, noProgressArrays } from './progress-data';
import { type ArenaSize, scratchArena, TypedArena } from './typed-arena';
import { duplicateTask, missingParent, validateLink, validateSettings, validateTask } from './validate-input';

const CONSTRAINT_CODE = Object.fromEntries(CONSTRAINT_ORDER.map((type, code) => [type, code])) as Record<
  ConstraintType,
  number
>;

function isElapsed(unit: DurationUnit | undefined): boolean {
  return unit?.startsWith('e') === true;
}

const orNaN = (value: number | null | undefined): number =>
  value === null || value === undefined ? Number.NaN : value;

class CalendarIndex {
  readonly list: WorkingCalendar[] = [ELAPSED_CALENDAR_24x7];
  private readonly byId = new Map<string, number>();
  constructor(private readonly set: CalendarSet) {}
  indexOf(id: string, owner: TaskInput | null, taskIds: readonly string[]): number {
    const known = this.byId.get(id);
    if (known !== undefined) return known;
    const calendar = this.set.get(id);
    if (!calendar) {
      const who = owner ? `task "${owner.id}" (${owner.name})` : 'project settings';
      throw new ScheduleInputError('invalid-value', `${who}: calendar "${id}" does not exist`, taskIds);
    }
    this.byId.set(id, this.list.length);
    this.list.push(calendar);
    return this.list.length - 1;
  }
}

/** The calendar a task's dates are computed on (see the rule in the comment of compileNetwork). */
function taskCalendarId(
  task: TaskInput,
  project: ProjectInput,
  resourceCalendar: Map<string, string>,
): string {
  if (task.calendarId) return task.calendarId;
  if (!task.ignoreResourceCalendar) {
    const fromResource = resourceCalendar.get(task.id);
    if (fromResource) return fromResource;
  }
  return project.settings.calendarId;
}

/**
 * Elements of each type the network keeps (`keep`) and the compile uses for a while (`scratch`),
 * for `taskCount` tasks of which `summaryCount` are summaries, `linkCount` links and
 * `structuralEdges` gate and roll-up edges (two per child task).
 */
export function networkSize(
  taskCount: number,
  summaryCount: number,
  linkCount: number,
  structuralEdges: number,
): { keep: ArenaSize; scratch: ArenaSize } {
  const nodeCount = taskCount + summaryCount;
  const edgeCount = linkCount + structuralEdges;
  const adjacency = adjacencySize(nodeCount, edgeCount);
  return {
    keep: {
      // duration, constraintDate, deadline, levelingDelay; lags
      float64: 4 * nodeCount + linkCount,
      // finishNode; taskOf, calendar; lag calendars
      int32: taskCount + 2 * nodeCount + linkCount + adjacency.keep.int32,
      // kind, flags, constraint; lag kinds
      uint8: 3 * nodeCount + linkCount + adjacency.keep.uint8,
    },
    scratch: {
      float64: 0,
      // parent, childCount; from, to, edgeLink
      int32: 2 * taskCount + 3 * edgeCount + adjacency.scratch.int32,
      // edgeType
      uint8: edgeCount + adjacency.scratch.uint8,
    },
  };
}

/**
 * Compiles a project into a Network: ids → dense indices, summary tasks split into a start gate and
 * a finish node, CSR adjacency, topological order (a cycle throws, naming its tasks).
 *
 * Calendars: a task's dates use its task calendar, else (unless it ignores resource calendars) the
 * calendar of its first assigned work resource, else the project calendar. Elapsed durations use
 * 24×7. A task with both a task calendar and resources uses the task calendar (MS Project would use
 * their intersection). A task whose work resources use different calendars runs each assignment
 * on its own calendar, from the earliest start to the latest finish (assignment-calendars.ts). Lags in working time are counted on the successor's task calendar if it has
 * one, else on the project calendar, never on resource calendars: Microsoft KB 159773 ("Lag Uses
 * Base Calendar Instead of Resource Calendar") and MS Project MVP answers agree on this.
 * Links on summary tasks follow MS Project: into a summary they bound each child's start (through
 * the gate); out of a summary they start from its rolled-up dates (the finish node).
 * Links touching inactive tasks are dropped: inactive tasks drive nothing.
 * The arrays the network keeps share one buffer, its temporaries another one reused between
 * compiles (typed-arena.ts): a million-task compile then costs the garbage collector one marking.
 * @throws ScheduleInputError cycle / missing-task / invalid-value, naming the tasks.
 */
export function compileNetwork(project: ProjectInput, calendarSet: CalendarSet): Network {
  const { tasks, settings } = project;
  validateSettings(settings);
  const taskCount = tasks.length;
  const taskIds: string[] = new Array(taskCount);
  let structural = 0;
  for (let i = 0; i < taskCount; i++) {
    const task = tasks[i];
    taskIds[i] = task.id;
    if (task.parentId !== null) structural += 2;
  }
  const indexOf = new IdIndex(taskIds, (i) => duplicateTask(tasks[i]));
  const links = project.links;
  // Sized for every link (views cut them to the active ones: links touching inactive tasks drop)
  // and for as many summaries as there can be (one per child at most) before they are counted.
  const mostSummaries = Math.min(taskCount, structural / 2);
  const scratch = scratchArena(networkSize(taskCount, mostSummaries, links.length, structural).scratch);
  const parent = scratch.int32(taskCount).fill(-1);
  const childCount = scratch.int32(taskCount);
  // Siblings follow each other, and a first child follows its parent: guess before hashing.
  let lastParent = -1;
  for (let i = 0; i < taskCount; i++) {
    const parentId = tasks[i].parentId;
    if (parentId !== null) {
      const p =
        lastParent >= 0 && taskIds[lastParent] === parentId ? lastParent : indexOf.indexNear(parentId, i - 1);
      if (p < 0) missingParent(tasks[i]);
      parent[i] = p;
      childCount[p]++;
      lastParent = p;
    }
  }
  let nodeCount = taskCount;
  for (let i = 0; i < taskCount; i++) if (childCount[i] > 0) nodeCount++;
  const keep = new TypedArena(networkSize(taskCount, nodeCount - taskCount, links.length, structural).keep);
  const finishNode = keep.int32(taskCount);
  for (let i = 0, fin = taskCount; i < taskCount; i++) finishNode[i] = childCount[i] > 0 ? fin++ : i;

  const calendars = new CalendarIndex(calendarSet);
  const projectCalendar = calendars.indexOf(settings.calendarId, null, []);
  const byResource = firstResourceCalendars(project);
  const kind = keep.uint8(nodeCount);
  const taskOf = keep.int32(nodeCount);
  const flags = keep.uint8(nodeCount);
  const duration = keep.float64(nodeCount);
  const calendar = keep.int32(nodeCount).fill(projectCalendar);
  const constraint = keep.uint8(nodeCount);
  const constraintDate = keep.float64(nodeCount).fill(Number.NaN);
  const deadline = keep.float64(nodeCount).fill(Number.NaN);
  const levelingDelay = keep.float64(nodeCount);
  // Allocated at the first task that has progress or manual dates (see progress-data.ts).
  let progress = noProgressArrays();
  let hasProgressArrays = false;
  const fromFinish = settings.scheduleFrom === 'finish';
  let hasLatePlacement = false;

  for (let i = 0; i < taskCount; i++) {
    const task = tasks[i];
    validateTask(task);
    const summary = childCount[i] > 0;
    kind[i] = summary ? NODE_GATE : NODE_LEAF;
    taskOf[i] = i;
    if (summary) {
      kind[finishNode[i]] = NODE_FIN;
      taskOf[finishNode[i]] = i;
    }
    if (task.calendarId) flags[i] |= FLAG_TASK_CALENDAR;
    if (isElapsed(task.durationUnit)) calendar[i] = ELAPSED_CALENDAR;
    else if (task.calendarId || byResource.size > 0) {
      calendar[i] = calendars.indexOf(taskCalendarId(task, project, byResource), task, [task.id]);
    }
    if (summary) calendar[finishNode[i]] = calendar[i];
    if (task.active === false) flags[i] |= FLAG_INACTIVE;
    const type = task.constraint?.type ?? (fromFinish ? 'ALAP' : 'ASAP');
    constraint[i] = CONSTRAINT_CODE[type];
    constraintDate[i] = orNaN(task.constraint?.date);
    deadline[i] = orNaN(task.deadline);
    if (summary) continue;
    levelingDelay[i] = task.levelingDelay && task.levelingDelay > 0 ? task.levelingDelay : 0;
    duration[i] = task.duration;
    if (task.milestone || task.duration === 0) flags[i] |= FLAG_MILESTONE;
    if (isPlacedLateBy(type, fromFinish)) {
      flags[i] |= FLAG_LATE;
      hasLatePlacement = true;
    }
    if (task.manual) flags[i] |= FLAG_MANUAL;
    if (!needsProgressArrays(task)) continue;
    if (!hasProgressArrays) {
      progress = allocateProgressArrays(nodeCount);
      hasProgressArrays = true;
    }
    progress.manualStart[i] = orNaN(task.manualStart);
    progress.manualFinish[i] = orNaN(task.manualFinish);
    const [actualStart, actualFinish] = actualDatesOf(task);
    progress.actualStart[i] = actualStart;
    progress.actualFinish[i] = actualFinish;
    progress.actualDuration[i] = orNaN(task.actualDuration);
    progress.remainingDuration[i] = orNaN(task.remainingDuration);
    const percentComplete = task.percentComplete ?? 0;
    progress.percentComplete[i] = percentComplete;
    if (percentComplete >= 100 || Number.isFinite(actualFinish)) flags[i] |= FLAG_COMPLETE;
    if (Number.isFinite(actualStart) || Number.isFinite(actualFinish) || percentComplete > 0) {
      flags[i] |= FLAG_PROGRESS;
    }
  }

  // Edges: user links (those touching inactive tasks dropped), then gate → child and child → summary finish.
  const edgeCapacity = links.length + structural;
  const from = scratch.int32(edgeCapacity);
  const to = scratch.int32(edgeCapacity);
  // Edge kinds for every edge; lag, lag kind and lag calendar for the user links only (first).
  const edgeType = scratch.uint8(edgeCapacity);
  // Structural edges have no link of their own (-1).
  const edgeLink = scratch.int32(edgeCapacity).fill(-1);
  const lags = keep.float64(links.length);
  const lagKinds = keep.uint8(links.length);
  const lagCalendars = keep.int32(links.length);
  let l = 0;
  // Links come grouped by successor in outline order, and most predecessors are the task just
  // before: guess before hashing.
  let lastSuccessor = -1;
  for (let k = 0; k < links.length; k++) {
    const link = links[k];
    const s = indexOf.indexNear(link.successorId, lastSuccessor);
    const p = indexOf.indexNear(link.predecessorId, s - 1);
    validateLink(link, p, s);
    lastSuccessor = s;
    if (((flags[p] | flags[s]) & FLAG_INACTIVE) !== 0) continue;
    from[l] = finishNode[p];
    to[l] = s;
    edgeType[l] = linkCode(link.type) | (link.lag !== 0 ? LINK_LAGGED : 0);
    lags[l] = link.lag;
    lagKinds[l] = lagKindOf(link.lagUnit);
    lagCalendars[l] = lagCalendarOf(lagKinds[l], flags[s], calendar[s], projectCalendar);
    edgeLink[l] = l;
    l++;
  }
  const userCount = l;
  const linkLag = lags.subarray(0, userCount);
  const linkLagKind = lagKinds.subarray(0, userCount);
  const linkCalendar = lagCalendars.subarray(0, userCount);
  for (let i = 0; i < taskCount; i++) {
    const p = parent[i];
    if (p < 0) continue;
    from[l] = p;
    to[l] = i;
    edgeType[l] = LINK_GATE;
    l++;
    from[l] = finishNode[i];
    to[l] = finishNode[p];
    edgeType[l] = LINK_ROLLUP;
    l++;
  }
  const edgeCount = userCount + structural;
  const adjacency = orderedAdjacency(
    nodeCount,
    from.subarray(0, edgeCount),
    to.subarray(0, edgeCount),
    edgeType.subarray(0, edgeCount),
    edgeLink.subarray(0, edgeCount),
    taskIds,
    taskOf,
    keep,
    scratch,
  );
  const spans = assignmentSpans(
    project,
    (t) => kind[t] === NODE_LEAF,
    (id, task) => calendars.indexOf(id, task, [task.id]),
  );
  if (spans) {
    for (let i = 0; i < taskCount; i++) {
      if (spans.start[i] === spans.start[i + 1]) continue;
      // For links that count on its duration, the task lasts as long as its longest assignment.
      let longest = 0;
      for (let k = spans.start[i]; k < spans.start[i + 1]; k++) longest = Math.max(longest, spans.minutes[k]);
      duration[i] = longest;
    }
  }
  return {
    taskCount,
    nodeCount,
    taskIds,
    indexOf,
    kind,
    taskOf,
    finishNode,
    flags,
    duration,
    calendar,
    calendars: calendars.list,
    projectCalendar,
    constraint,
    constraintDate,
    deadline,
    levelingDelay,
    ...progress,
    linkLag,
    linkLagKind,
    linkCalendar,
    ...adjacency,
    hasLatePlacement,
    spans,
  };
}
