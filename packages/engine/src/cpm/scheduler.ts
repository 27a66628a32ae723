import { compileCalendars } from '../calendar/index';
import type { CalendarSet } from '../calendar/working-calendar.types';
import type { LinkInput, ProjectInput, TaskInput } from '../model/project.types';
import { ScheduleInputError, type ScheduleResult } from '../model/schedule.types';
import { hasSpans } from './assignment-calendars';
import { compileNetwork } from './compile-network';
import { CONSTRAINT_ORDER, isPlacedLateBy } from './constraints';
import { IncrementalResults } from './incremental-results';
import { editLinks } from './link-edits';
import {
  FLAG_COMPLETE,
  FLAG_INACTIVE,
  FLAG_MILESTONE,
  FLAG_PROGRESS,
  type Network,
  NODE_LEAF,
  type PassSettings,
} from './network.types';
import { NodeJournal } from './node-journal';
import { PassTrace } from './pass-trace';
import { actualDatesOf } from './progress';
import { hasProgressInput } from './progress-data';
import { runAllPasses, runIncremental, type UpdateStats } from './run-passes';
import { passSettings, type ScheduleOptions } from './schedule';
import { createScheduleState, type ScheduleState } from './schedule-state';
import { applyTaskEdit } from './task-types';
import { validateLink, validateTask } from './validate-input';

/** Task fields an incremental update can change in place (anything else recompiles). */
export type TaskPatch = Partial<
  Pick<
    TaskInput,
    | 'duration'
    | 'constraint'
    | 'deadline'
    | 'percentComplete'
    | 'actualStart'
    | 'actualFinish'
    | 'actualDuration'
    | 'remainingDuration'
    | 'name'
  >
>;

/** A project held for repeated edits: each edit reschedules only what it touches. */
export interface Scheduler {
  /** The current schedule (a snapshot: later edits do not change it). */
  result(): ScheduleResult;
  /** Sets a leaf task's duration (working or elapsed minutes, as its unit says). */
  updateDuration(taskId: string, minutes: number): UpdateStats;
  updateTask(taskId: string, patch: TaskPatch): UpdateStats;
  /** Adds a link; a link that would close a cycle throws and leaves the schedule unchanged. */
  addLink(link: LinkInput): UpdateStats;
  /** Removes the links from `predecessorId` to `successorId`. */
  removeLink(predecessorId: string, successorId: string): UpdateStats;
  /**
   * The project as edited so far. Its task list is the scheduler's own and later edits replace
   * entries in it: copy it to keep a snapshot.
   */
  project(): ProjectInput;
}

const orNaN = (value: number | null | undefined): number =>
  value === null || value === undefined ? Number.NaN : value;

/** How an incremental scheduler hands out its results. */
export interface SchedulerOptions extends ScheduleOptions {
  /**
   * Each result's task list is the previous result's, the rebuilt tasks' objects updated in place
   * (`changedTasks` says which of them changed), not copies: the previous result must not be read
   * once the next is asked for (nor its critical path, built lazily from the list). Saves a copy
   * of the list and new task objects per edit (their cost and their garbage grow with the plan),
   * for a holder that keeps only the latest result. Off by default: results are snapshots.
   */
  readonly resultsInPlace?: boolean;
}

/**
 * Creates an incremental scheduler. Duration, constraint, deadline and progress edits update the
 * compiled network's typed arrays, and link edits rebuild its adjacency (linear, typed arrays
 * only); both re-run the affected cone only (forward downstream, backward upstream). A duration
 * to or from zero (a milestone) is an edit in place too. Edits that change how a task is placed
 * (to or from ALAP) recompile the network and run every pass.
 * @throws ScheduleInputError as `schedule` does.
 */
export function createScheduler(initial: ProjectInput, options: SchedulerOptions = {}): Scheduler {
  const calendars: CalendarSet = options.calendars ?? compileCalendars(initial.calendars);
  const ps: PassSettings = passSettings(initial, options);
  let current: ProjectInput = { ...initial, tasks: [...initial.tasks], links: [...initial.links] };
  let net: Network = compileNetwork(current, calendars);
  let st: ScheduleState = createScheduleState(net);
  runAllPasses(net, ps, st);

  // Network link index of each entry of current.links (-1: dropped, it touches an inactive task).
  const linkIndexes = (): number[] => {
    let l = 0;
    return current.links.map((link) => {
      const touched =
        net.flags[net.indexOf.indexOf(link.predecessorId)] | net.flags[net.indexOf.indexOf(link.successorId)];
      return (touched & FLAG_INACTIVE) !== 0 ? -1 : l++;
    });
  };
  let linkIndex = linkIndexes();
  // The nodes the passes recomputed and the tasks whose inputs were edited since the last result.
  let journal = new NodeJournal(net.nodeCount);
  let edited: number[] = [];
  const results = new IncrementalResults(options.resultsInPlace ?? false);
  const trace = new PassTrace();

  const rebuild = (next: ProjectInput): UpdateStats => {
    const nextNet = compileNetwork(next, calendars);
    current = next;
    net = nextNet;
    st = createScheduleState(net);
    runAllPasses(net, ps, st);
    linkIndex = linkIndexes();
    journal = new NodeJournal(net.nodeCount);
    journal.markAll();
    return { forwardNodes: net.nodeCount, backwardNodes: net.nodeCount, fullPass: true };
  };

  const indexOf = (taskId: string): number => {
    const i = net.indexOf.indexOf(taskId);
    if (i < 0) throw new ScheduleInputError('missing-task', `no task "${taskId}"`, [taskId]);
    return i;
  };

  const updateTask = (taskId: string, patch: TaskPatch): UpdateStats => {
    const i = indexOf(taskId);
    const before = current.tasks[i];
    const after: TaskInput = { ...before, ...patch };
    const assignments = reworkAssignments(current, after, patch);
    const fromFinish = ps.scheduleFromFinish;
    const lateBefore = isPlacedLateBy(before.constraint?.type ?? (fromFinish ? 'ALAP' : 'ASAP'), fromFinish);
    const lateAfter = isPlacedLateBy(after.constraint?.type ?? (fromFinish ? 'ALAP' : 'ASAP'), fromFinish);
    // A network compiled without progress arrays (progress-data.ts) gets them by a recompile.
    const arraysMissing = net.percentComplete.length === 0 && hasProgressInput(after);
    if (net.kind[i] !== NODE_LEAF || hasSpans(net, i) || lateBefore !== lateAfter || arraysMissing) {
      const tasks = current.tasks.slice();
      tasks[i] = after;
      return rebuild({ ...current, tasks, assignments });
    }
    validateTask(after);
    // The task list is this scheduler's own (a copy of the input's): replaced in place, not copied
    // per edit, whose cost (and garbage) would grow with the plan.
    (current.tasks as TaskInput[])[i] = after;
    if (assignments !== current.assignments) current = { ...current, assignments };
    edited.push(i);
    net.duration[i] = after.duration;
    net.constraint[i] = CONSTRAINT_ORDER.indexOf(after.constraint?.type ?? (fromFinish ? 'ALAP' : 'ASAP'));
    net.constraintDate[i] = orNaN(after.constraint?.date);
    net.deadline[i] = orNaN(after.deadline);
    const percentComplete = after.percentComplete ?? 0;
    const [actualStart, actualFinish] = actualDatesOf(after);
    if (net.percentComplete.length > 0) {
      net.percentComplete[i] = percentComplete;
      net.actualStart[i] = actualStart;
      net.actualFinish[i] = actualFinish;
      net.actualDuration[i] = orNaN(after.actualDuration);
      net.remainingDuration[i] = orNaN(after.remainingDuration);
    }
    const complete = percentComplete >= 100 || Number.isFinite(actualFinish);
    const started = complete || Number.isFinite(actualStart) || percentComplete > 0;
    net.flags[i] =
      (net.flags[i] & ~(FLAG_COMPLETE | FLAG_PROGRESS | FLAG_MILESTONE)) |
      (complete ? FLAG_COMPLETE : 0) |
      (started ? FLAG_PROGRESS : 0) |
      (after.milestone || after.duration === 0 ? FLAG_MILESTONE : 0);
    // Percent lags out of i depend on its duration: its successors are seeds too.
    const seeds = [i];
    for (let k = net.succStart[i]; k < net.succStart[i + 1]; k++) seeds.push(net.succNode[k]);
    return runIncremental(net, ps, st, seeds, journal, trace);
  };

  return {
    result() {
      // Task objects are materialised now: the arrays behind them change with the next edit.
      const result = results.next(net, st, current.settings, edited, journal);
      edited = [];
      return result;
    },
    updateDuration(taskId, minutes) {
      return updateTask(taskId, { duration: minutes });
    },
    updateTask,
    addLink(added) {
      const predecessor = net.indexOf.indexOf(added.predecessorId);
      const successor = net.indexOf.indexOf(added.successorId);
      validateLink(added, predecessor, successor);
      const active = ((net.flags[predecessor] | net.flags[successor]) & FLAG_INACTIVE) === 0;
      net = editLinks(net, { link: added, predecessor, successor }, () => false);
      current = { ...current, links: [...current.links, added] };
      linkIndex.push(active ? net.linkLag.length - 1 : -1);
      if (!active) return { forwardNodes: 0, backwardNodes: 0, fullPass: false };
      return runIncremental(net, ps, st, [successor, net.finishNode[predecessor]], journal, trace);
    },
    removeLink(predecessorId, successorId) {
      const gone = new Set<number>();
      const keep: boolean[] = current.links.map((l, k) => {
        const match = l.predecessorId === predecessorId && l.successorId === successorId;
        if (match && linkIndex[k] >= 0) gone.add(linkIndex[k]);
        return !match;
      });
      if (keep.every(Boolean)) {
        throw new ScheduleInputError('missing-task', `no link from "${predecessorId}" to "${successorId}"`, [
          predecessorId,
          successorId,
        ]);
      }
      net = editLinks(net, null, (l) => gone.has(l));
      current = { ...current, links: current.links.filter((_, k) => keep[k]) };
      linkIndex = linkIndex.filter((_, k) => keep[k]);
      if (gone.size === 0) return { forwardNodes: 0, backwardNodes: 0, fullPass: false };
      const successor = indexOf(successorId);
      return runIncremental(net, ps, st, [successor, net.finishNode[indexOf(predecessorId)]], journal, trace);
    },
    project() {
      return current;
    },
  };
}

/**
 * A new duration changes the task's assignments as its task type says (task-types.ts): fixed
 * units and fixed duration recompute work, fixed work recomputes units.
 */
function reworkAssignments(
  project: ProjectInput,
  task: TaskInput,
  patch: TaskPatch,
): ProjectInput['assignments'] {
  const all = project.assignments;
  if (patch.duration === undefined || !all || !all.some((a) => a.taskId === task.id)) return all;
  const mine = all.filter((a) => a.taskId === task.id);
  const load = applyTaskEdit(
    task.type ?? 'fixedUnits',
    { duration: project.tasks.find((t) => t.id === task.id)?.duration ?? task.duration, assignments: mine },
    { field: 'duration', value: patch.duration },
  );
  let k = 0;
  return all.map((a) => (a.taskId === task.id ? { ...a, ...load.assignments[k++] } : a));
}
