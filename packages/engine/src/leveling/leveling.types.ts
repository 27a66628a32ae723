import type { ProjectInput } from '../model/project.types';
import type { ScheduleResult } from '../model/schedule.types';
import type { DateTime, ElapsedMinutes } from '../model/time';

/**
 * The order in which the first levelling pass considers tasks (Microsoft Project's "Leveling order"):
 * - `id`: by task order in the outline;
 * - `standard`: predecessors first, then less total slack, longer duration, higher priority, and
 *   constrained tasks first;
 * - `priority`: higher priority first, then as `standard`.
 */
export type LevelingOrder = 'id' | 'standard' | 'priority';

export interface LevelingOptions {
  readonly order: LevelingOrder;
  /** Level only within available slack: never move the project finish ("Level only within available slack"). */
  readonly withinSlack: boolean;
  /** Clear the tasks' existing levelling delays first (else they are kept as a minimum delay). */
  readonly clearExisting: boolean;
  /**
   * Move manually scheduled tasks too (Microsoft Project's "Level manually scheduled tasks", on by
   * default): their start and finish shift together. Default true.
   */
  readonly levelManual?: boolean;
  /** Search budget in generated schedules; 1 = a single pass in `order` (default 2000). */
  readonly schedules?: number;
  /** Seed of the search: the same project, options and seed always give the same result. */
  readonly seed?: number;
  /** Level only these resources (by id); the others keep their load and are not checked. */
  readonly resourceIds?: readonly string[];
}

/** One task the levelling delayed. */
export interface LevelingDelay {
  readonly taskId: string;
  /** The task's levelling delay, elapsed minutes (from `from` to `to`). */
  readonly delayMinutes: ElapsedMinutes;
  /** Where the task would start without a delay of its own (after its levelled predecessors). */
  readonly from: DateTime;
  /** Its levelled start. */
  readonly to: DateTime;
}

export type OverallocationReason =
  | 'assignment exceeds max units'
  | 'outside slack'
  | 'fixed task'
  | 'task not levelled';

/** A time span over which a resource is loaded beyond its max units. */
export interface Overallocation {
  readonly resourceId: string;
  readonly from: DateTime;
  readonly to: DateTime;
  /** Highest load over the span (1 = 100 %). */
  readonly peakUnits: number;
  /** Max units over the span where it is overloaded (the lowest, when it varies). */
  readonly maxUnits: number;
  /** Tasks assigned to the resource and at work during the span. */
  readonly taskIds: readonly string[];
}

/** An overallocation the levelling could not remove, and why. */
export interface RemainingOverallocation extends Overallocation {
  readonly reason: OverallocationReason;
}

export interface LevelingResult {
  /** The input project with the levelling delays set (and earlier ones cleared when asked). */
  readonly project: ProjectInput;
  /** The levelled schedule. */
  readonly schedule: ScheduleResult;
  /** Every task with a levelling delay, in task order. */
  readonly delays: readonly LevelingDelay[];
  readonly remaining: readonly RemainingOverallocation[];
  /** Project finish before and after levelling. */
  readonly finishBefore: DateTime;
  readonly finishAfter: DateTime;
  /** Generated schedules spent by the search. */
  readonly schedulesUsed: number;
}
