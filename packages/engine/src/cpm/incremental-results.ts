import type { ProjectSettings } from '../model/project.types';
import type { ScheduledTask, ScheduleIssue, ScheduleResult } from '../model/schedule.types';
import { scheduledTask, taskIssues } from './build-result';
import { criticalPath } from './critical-path';
import type { Network } from './network.types';
import type { NodeJournal } from './node-journal';
import { refreshScheduledTask } from './refresh-scheduled-task';
import { ResultBaseline } from './result-reuse';
import type { ScheduleState } from './schedule-state';

/**
 * The issues of a result, per task (null: none), and their flat list once asked for. `byTask` is
 * filled before any result holds it and never changed after (a later result copies it), unless
 * results are in place (then the next result updates it, as it does the task objects).
 */
interface IssueTable {
  readonly byTask: (readonly ScheduleIssue[] | null)[];
  flat: ScheduleIssue[] | null;
}

/**
 * The results of an incremental scheduler. Each result rebuilds only the task objects (and their
 * issues) whose values may have changed since the previous one (result-reuse.ts) and shares the
 * others; the critical path and the flat issue list are derived when first read, from values that
 * later edits do not change. A result whose tasks carry the same issues as the previous one
 * shares its issue table, so the flat list is built once for both.
 */
export class IncrementalResults {
  /**
   * `inPlace`: a result's task list and task objects are the previous result's, the rebuilt tasks'
   * objects updated, not copies (see SchedulerOptions.resultsInPlace).
   */
  constructor(private readonly inPlace = false) {}

  private readonly baseline = new ResultBaseline();
  private tasks: readonly ScheduledTask[] | null = null;
  private issues: IssueTable | null = null;

  /**
   * The result of `st` after the edits of tasks `edited` (task indexes) whose passes `journal`
   * listed; clears the journal.
   */
  next(
    net: Network,
    st: ScheduleState,
    settings: ProjectSettings,
    edited: readonly number[],
    journal: NodeJournal,
  ): ScheduleResult {
    const previousTasks = this.tasks;
    const previousIssues = this.issues;
    let tasks: ScheduledTask[];
    let issues: IssueTable;
    let rebuiltTasks: number[] | undefined;
    let replacedTasks: ScheduledTask[] | undefined;
    let changedTasks: number[] | undefined;
    if (previousTasks && previousIssues && this.baseline.collect(net, st, edited, journal)) {
      const { rebuild, rebuildCount } = this.baseline;
      rebuiltTasks = Array.from(rebuild.subarray(0, rebuildCount));
      if (this.inPlace) {
        tasks = previousTasks as ScheduledTask[];
        issues = previousIssues;
        changedTasks = [];
        for (let k = 0; k < rebuildCount; k++)
          this.refresh(net, st, settings, tasks, issues, rebuild[k], changedTasks);
      } else {
        tasks = previousTasks.slice();
        issues = previousIssues;
        replacedTasks = new Array(rebuildCount);
        for (let k = 0; k < rebuildCount; k++) {
          const t = rebuild[k];
          replacedTasks[k] = tasks[t];
          tasks[t] = scheduledTask(net, st, settings, t);
          const own = taskIssues(net, st, settings, t, tasks[t]);
          if (own === null && issues.byTask[t] === null) continue;
          if (issues === previousIssues) issues = { byTask: previousIssues.byTask.slice(), flat: null };
          issues.byTask[t] = own;
        }
      }
    } else if (this.inPlace && previousTasks && previousIssues && previousTasks.length === net.taskCount) {
      // every task recomputed (the project finish moved, say), into the objects held for them
      tasks = previousTasks as ScheduledTask[];
      issues = previousIssues;
      changedTasks = [];
      for (let t = 0; t < net.taskCount; t++) this.refresh(net, st, settings, tasks, issues, t, changedTasks);
      this.baseline.capture(net, st);
    } else {
      tasks = new Array(net.taskCount);
      const byTask: (readonly ScheduleIssue[] | null)[] = new Array(net.taskCount);
      for (let t = 0; t < net.taskCount; t++) {
        tasks[t] = scheduledTask(net, st, settings, t);
        byTask[t] = taskIssues(net, st, settings, t, tasks[t]);
      }
      issues = { byTask, flat: null };
      this.baseline.capture(net, st);
    }
    journal.clear();
    this.tasks = tasks;
    this.issues = issues;
    let path: string[] | null = null;
    return {
      start: st.projectStart,
      finish: st.projectFinish,
      tasks,
      rebuiltTasks,
      replacedTasks,
      changedTasks,
      get criticalPath() {
        path ??= criticalPath(tasks);
        return path;
      },
      get issues() {
        issues.flat ??= flatten(issues.byTask);
        return issues.flat;
      },
    };
  }

  /**
   * In place: recomputes task t into the object the results hold for it, and its issues into the
   * held table; notes t in `changed` when its values changed.
   */
  private refresh(
    net: Network,
    st: ScheduleState,
    settings: ProjectSettings,
    tasks: readonly ScheduledTask[],
    issues: IssueTable,
    t: number,
    changed: number[],
  ): void {
    if (refreshScheduledTask(net, st, settings, t, tasks[t])) changed.push(t);
    const own = taskIssues(net, st, settings, t, tasks[t]);
    if (own === null && issues.byTask[t] === null) return;
    issues.byTask[t] = own;
    issues.flat = null;
  }
}

function flatten(byTask: IssueTable['byTask']): ScheduleIssue[] {
  const flat: ScheduleIssue[] = [];
  for (const own of byTask) if (own) for (const issue of own) flat.push(issue);
  return flat;
}
