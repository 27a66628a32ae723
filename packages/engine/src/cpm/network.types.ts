import type { WorkingCalendar } from '../calendar/working-calendar.types';

/** Edge kinds in the compiled network: the four MS Project link types, then two structural edges. */
export const LINK_FS = 0;
export const LINK_SS = 1;
export const LINK_FF = 2;
export const LINK_SF = 3;
/** Summary "gate" → child: the child may not start before the summary's link-driven start. */
export const LINK_GATE = 4;
/** Child → summary "finish" node: the summary's dates roll up from its children. */
export const LINK_ROLLUP = 5;
/** In the CSR type arrays: the low bits are the edge kind above, this bit marks a non-zero lag. */
export const LINK_KIND_MASK = 7;
export const LINK_LAGGED = 8;

/** Node kinds: a leaf task, the start gate of a summary task, or the finish (roll-up) node of a summary. */
export const NODE_LEAF = 0;
export const NODE_GATE = 1;
export const NODE_FIN = 2;

/** How a link's lag is counted. */
export const LAG_WORKING = 0;
export const LAG_ELAPSED = 1;
/** Percent of the predecessor's duration, counted in working time. */
export const LAG_PERCENT = 2;
/** Percent of the predecessor's duration, counted in elapsed time. */
export const LAG_PERCENT_ELAPSED = 3;

/** Node flags. */
export const FLAG_MILESTONE = 1;
/** Placed at its late dates (ALAP, or the default of a project scheduled from its finish). */
export const FLAG_LATE = 2;
export const FLAG_MANUAL = 4;
/** Has an explicit task calendar (lags into it count on that calendar). */
export const FLAG_TASK_CALENDAR = 8;
/** Percent complete 100 or an actual finish. */
export const FLAG_COMPLETE = 16;
export const FLAG_INACTIVE = 32;
/** Has an actual date or a percent complete (progress.ts). */
export const FLAG_PROGRESS = 64;

/** Index 0 of `calendars` is always the 24×7 calendar used for elapsed durations and lags. */
export const ELAPSED_CALENDAR = 0;

/**
 * A project compiled for scheduling: dense node indices, CSR adjacency in typed arrays, and the
 * per-node inputs the passes read. Nodes 0..taskCount-1 are the tasks (for a summary task, its
 * start gate); nodes taskCount.. are the finish nodes of the summary tasks. Dates are minutes
 * (model/time.ts); NaN means "none".
 */
export interface Network {
  readonly taskCount: number;
  readonly nodeCount: number;
  readonly taskIds: readonly string[];
  /** Task id → task index (-1 when unknown). */
  readonly indexOf: { indexOf(id: string): number };
  readonly kind: Uint8Array;
  /** Per node: the task it belongs to. */
  readonly taskOf: Int32Array;
  /** Per task: its finish node (summary) or itself (leaf). */
  readonly finishNode: Int32Array;
  readonly flags: Uint8Array;
  /** Per node: working (or elapsed) minutes; 0 for summary nodes. Mutable for incremental edits. */
  readonly duration: Float64Array;
  readonly calendar: Int32Array;
  readonly calendars: WorkingCalendar[];
  readonly projectCalendar: number;
  /** Constraint code (index into CONSTRAINT_ORDER) and date. */
  readonly constraint: Uint8Array;
  readonly constraintDate: Float64Array;
  readonly deadline: Float64Array;
  /** Levelling delay in elapsed minutes, added to a leaf task's early start (0 = none). */
  readonly levelingDelay: Float64Array;
  /**
   * Progress and manual dates per node (NaN = none; percent complete 0). These seven arrays are
   * empty (length 0) when no task has progress or manual dates: they are read only for nodes
   * flagged FLAG_PROGRESS or FLAG_MANUAL, and most plans carry none (progress-data.ts).
   */
  readonly actualStart: Float64Array;
  readonly actualFinish: Float64Array;
  readonly actualDuration: Float64Array;
  readonly remainingDuration: Float64Array;
  readonly percentComplete: Float64Array;
  readonly manualStart: Float64Array;
  readonly manualFinish: Float64Array;
  readonly predStart: Int32Array;
  readonly predNode: Int32Array;
  readonly predLink: Int32Array;
  /** Edge kind of each predecessor slot, with LINK_LAGGED when its lag is not zero (CSR order). */
  readonly predType: Uint8Array;
  readonly succStart: Int32Array;
  readonly succNode: Int32Array;
  readonly succLink: Int32Array;
  readonly succType: Uint8Array;
  /** Per user link (the `predLink`/`succLink` index of a user edge; structural edges have none). */
  readonly linkLag: Float64Array;
  readonly linkLagKind: Uint8Array;
  readonly linkCalendar: Int32Array;
  /** Topological order of the nodes, and each node's position in it. */
  readonly order: Int32Array;
  readonly position: Int32Array;
  readonly hasLatePlacement: boolean;
  /** Tasks whose resources work on different calendars (see assignment-calendars.ts), or null. */
  readonly spans: AssignmentSpans | null;
}

/** Per leaf task (CSR by task index): assignments scheduled on their own resource calendars. */
export interface AssignmentSpans {
  readonly start: Int32Array;
  readonly calendar: Int32Array;
  /** Working minutes of each assignment (work / units). */
  readonly minutes: Float64Array;
}

/** Project-level scheduling settings the passes read. */
export interface PassSettings {
  readonly scheduleFromFinish: boolean;
  readonly honorConstraints: boolean;
  /** Floating minutes; the anchor when scheduling from the start. */
  readonly projectStart: number;
  /** Floating minutes; the anchor when scheduling from the finish. */
  readonly projectFinish: number;
  readonly statusDate: number;
  /** Unstarted tasks may not start before the status date. */
  readonly moveUncompletedAfterStatusDate: boolean;
}
