/**
 * How an activity of the levelling problem may move:
 * - FREE: the levelling may give it a delay of its own;
 * - NO_DELAY: never delayed itself (priority 1000, a "must" or "no later than" constraint, a task
 *   off the levelling axis), but it still follows its predecessors;
 * - FIXED: stays at its scheduled dates (progress, manual scheduling, honoured hard constraints).
 */
export const MODE_FREE = 0;
export const MODE_NO_DELAY = 1;
export const MODE_FIXED = 2;

/** No due period (the activity may finish at any time). */
export const NO_DUE = 0x7fffffff;

/**
 * A levelling problem on a discrete working-time axis (see WorkingAxis): activities are the leaf
 * tasks, time is integer periods ≥ 0, precedence relations are minimum start-to-start distances
 * (FS/SS/FF/SF links and their lags folded in, possibly negative), and resources have a capacity
 * per period. Units are decimals (1 = 100 %).
 */
export interface LevelingProblem {
  readonly n: number;
  /** Activity → index in `project.tasks`. */
  readonly taskIndex: Int32Array;
  /** Duration of each activity, periods. */
  readonly duration: Int32Array;
  /** Earliest start, periods (the unlevelled start, or a fixed start). */
  readonly release: Int32Array;
  /** Latest finish, periods (NO_DUE when none). */
  readonly due: Int32Array;
  readonly mode: Uint8Array;
  /** Task priority 0–1000. */
  readonly priority: Float64Array;
  /** Predecessors of j: `pred[predOff[j] .. predOff[j+1])`, with S_j ≥ S_pred + predLag. */
  readonly predOff: Int32Array;
  readonly pred: Int32Array;
  readonly predLag: Int32Array;
  readonly succOff: Int32Array;
  readonly succ: Int32Array;
  readonly succLag: Int32Array;
  /** A precedence-feasible order of the activities. */
  readonly topo: Int32Array;
  readonly resourceIds: readonly string[];
  /** Requests of j: resources `reqRes[reqOff[j] .. reqOff[j+1])`, units `reqQty`. */
  readonly reqOff: Int32Array;
  readonly reqRes: Int32Array;
  readonly reqQty: Float64Array;
  /** 0 when the request can never fit (more than the resource ever has): consumed, not checked. */
  readonly reqFits: Uint8Array;
  /** Periods covered by `capacity`. */
  readonly horizon: number;
  /** Capacity of resource r in period t at `capacity[t * R + r]`. */
  readonly capacity: Float64Array;
}
