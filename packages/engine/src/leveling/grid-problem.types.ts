/**
 * A levelling problem on an elapsed time grid, for plans whose tasks work on different calendars:
 * slot t is [origin + t·slot, origin + (t+1)·slot), `slot` minutes dividing every working-time
 * boundary, so each calendar either works a whole slot or not at all. An activity works `work`
 * slots of its own calendar from its start; links keep their type and lag (in working slots of
 * the lag's calendar). Release, due and fixed dates are slot boundaries.
 */
export interface GridProblem {
  readonly n: number;
  readonly taskIndex: Int32Array;
  readonly origin: number;
  /** Minutes per slot. */
  readonly slot: number;
  readonly horizon: number;
  /** Per activity: index of its calendar in `calendars` (0 = 24 × 7). */
  readonly calendar: Int32Array;
  /** Working slots of each activity on its calendar. */
  readonly work: Int32Array;
  readonly release: Int32Array;
  readonly due: Int32Array;
  /** Finish boundary of FIXED activities. */
  readonly fixedFinish: Int32Array;
  readonly mode: Uint8Array;
  readonly priority: Float64Array;
  readonly predOff: Int32Array;
  readonly pred: Int32Array;
  /** Link type code per predecessor slot: 0 FS, 1 SS, 2 FF, 3 SF; +4 when the successor is a summary gate. */
  readonly predType: Uint8Array;
  /** Lag in working slots of `predLagCalendar` (negative = lead). */
  readonly predLag: Int32Array;
  readonly predLagCalendar: Int32Array;
  readonly succOff: Int32Array;
  readonly succ: Int32Array;
  readonly topo: Int32Array;
  readonly resourceIds: readonly string[];
  readonly reqOff: Int32Array;
  readonly reqRes: Int32Array;
  readonly reqQty: Float64Array;
  readonly reqFits: Uint8Array;
  /** Capacity of resource r in slot t at `capacity[t * R + r]`. */
  readonly capacity: Float64Array;
}
