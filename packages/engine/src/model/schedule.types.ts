import type { DateTime, WorkMinutes } from './time';

/** The schedule of one task as computed by the engine. */
export interface ScheduledTask {
  readonly id: string;
  readonly start: DateTime;
  readonly finish: DateTime;
  readonly earlyStart: DateTime;
  readonly earlyFinish: DateTime;
  readonly lateStart: DateTime;
  readonly lateFinish: DateTime;
  /** Working minutes on the task's calendar. */
  readonly totalSlack: WorkMinutes;
  readonly freeSlack: WorkMinutes;
  readonly critical: boolean;
  /** Not critical, but total slack at or below the project's near-critical limit. */
  readonly nearCritical?: boolean;
  readonly summary: boolean;
  /** Working minutes between start and finish on the task's calendar. */
  readonly duration: WorkMinutes;
  /** Finish later than the deadline. */
  readonly missedDeadline: boolean;
}

export type ScheduleIssueKind =
  | 'constraint-conflict' // a link pushes a task past a hard constraint (reported, constraint kept or not as MS Project does)
  | 'deadline-missed'
  | 'negative-slack';

export interface ScheduleIssue {
  readonly kind: ScheduleIssueKind;
  readonly taskId: string;
  readonly message: string;
}

export interface ScheduleResult {
  readonly start: DateTime;
  readonly finish: DateTime;
  /** Same order as the input tasks. */
  readonly tasks: readonly ScheduledTask[];
  /** Task ids on the critical path, in time order. */
  readonly criticalPath: readonly string[];
  readonly issues: readonly ScheduleIssue[];
  /**
   * Indexes in `tasks` of the tasks an incremental scheduler recomputed for this result; every
   * other task object is the previous result's, unchanged. Absent when every task was built.
   */
  readonly rebuiltTasks?: readonly number[];
  /**
   * The previous result's task objects at `rebuiltTasks` (same order): what each rebuilt task
   * was, for comparing; the result holds new objects for them. Present with `rebuiltTasks`,
   * unless the results are in place (`changedTasks`).
   */
  readonly replacedTasks?: readonly ScheduledTask[];
  /**
   * Results in place (SchedulerOptions.resultsInPlace), when this result updated the previous
   * one's task objects (every one of them when `rebuiltTasks` is absent): the indexes of the tasks
   * whose values changed, in the order recomputed.
   */
  readonly changedTasks?: readonly number[];
}

/** Thrown for input the engine cannot schedule; names the tasks involved. */
export class ScheduleInputError extends Error {
  readonly taskIds: readonly string[];
  readonly code: 'cycle' | 'missing-task' | 'invalid-value';
  constructor(code: 'cycle' | 'missing-task' | 'invalid-value', message: string, taskIds: readonly string[]) {
    super(message);
    this.name = 'ScheduleInputError';
    this.code = code;
    this.taskIds = taskIds;
  }
}
