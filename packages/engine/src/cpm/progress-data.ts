import type { TaskInput } from '../model/project.types';

/** The progress and manual-date arrays of a Network (see network.types.ts). */
export interface ProgressArrays {
  readonly actualStart: Float64Array;
  readonly actualFinish: Float64Array;
  readonly actualDuration: Float64Array;
  readonly remainingDuration: Float64Array;
  readonly percentComplete: Float64Array;
  readonly manualStart: Float64Array;
  readonly manualFinish: Float64Array;
}

/**
 * A plan without progress or manual dates has no use for seven per-node arrays: on a million tasks
 * they are 60 MB per schedule, which mostly buys garbage collections.
 */
export function noProgressArrays(): ProgressArrays {
  const empty = new Float64Array(0);
  return {
    actualStart: empty,
    actualFinish: empty,
    actualDuration: empty,
    remainingDuration: empty,
    percentComplete: empty,
    manualStart: empty,
    manualFinish: empty,
  };
}

/** The arrays for `nodeCount` nodes: every date and duration NaN (none), every percentage 0. */
export function allocateProgressArrays(nodeCount: number): ProgressArrays {
  return {
    actualStart: new Float64Array(nodeCount).fill(Number.NaN),
    actualFinish: new Float64Array(nodeCount).fill(Number.NaN),
    actualDuration: new Float64Array(nodeCount).fill(Number.NaN),
    remainingDuration: new Float64Array(nodeCount).fill(Number.NaN),
    percentComplete: new Float64Array(nodeCount),
    manualStart: new Float64Array(nodeCount).fill(Number.NaN),
    manualFinish: new Float64Array(nodeCount).fill(Number.NaN),
  };
}

const given = (value: number | null | undefined): boolean => value !== null && value !== undefined;

/** Does the task state any progress (percent complete, actual dates or durations)? */
export function hasProgressInput(task: TaskInput): boolean {
  return (
    (task.percentComplete ?? 0) !== 0 ||
    given(task.actualStart) ||
    given(task.actualFinish) ||
    given(task.actualDuration) ||
    given(task.remainingDuration)
  );
}

/** Does the task state progress or manual dates (then its network needs the progress arrays)? */
export function needsProgressArrays(task: TaskInput): boolean {
  return hasProgressInput(task) || given(task.manualStart) || given(task.manualFinish);
}
