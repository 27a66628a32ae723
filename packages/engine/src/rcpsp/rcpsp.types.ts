/**
 * A single-mode resource-constrained project scheduling problem (RCPSP).
 *
 * Time is integer periods starting at 0. Activities are numbered 0..activityCount-1; by convention
 * activity 0 is the dummy source and activity activityCount-1 the dummy sink (both of duration 0),
 * as in PSPLIB. All precedence relations are finish-to-start without lag, activities are not
 * pre-empted, and resources are renewable.
 */
export interface RcpspInstance {
  /** Number of activities, dummies included. */
  readonly activityCount: number;
  /** Number of renewable resources. */
  readonly resourceCount: number;
  /** Duration of each activity in periods (length activityCount). */
  readonly durations: Int32Array;
  /** CSR offsets into `successors` (length activityCount + 1). */
  readonly successorOffsets: Int32Array;
  /** Successors of activity j are `successors[successorOffsets[j] .. successorOffsets[j+1])`. */
  readonly successors: Int32Array;
  /** Per-period request of activity j for resource r at `requests[j * resourceCount + r]`. */
  readonly requests: Int32Array;
  /** Constant capacity per period of each resource (length resourceCount). */
  readonly capacities: Int32Array;
  /** Optional capacity varying over the first periods; `capacities` applies from its end on. */
  readonly capacityOverTime?: CapacityOverTime;
}

/** Capacity of each resource for periods 0..periods-1, at `values[t * resourceCount + r]`. */
export interface CapacityOverTime {
  readonly periods: number;
  readonly values: Int32Array;
}

/** A schedule: the start period of every activity and the project makespan (periods). */
export interface RcpspSchedule {
  readonly starts: Int32Array;
  readonly makespan: number;
}

/** One broken rule of a schedule, as found by {@link checkRcpspFeasibility}. */
export type RcpspViolation =
  | {
      readonly kind: 'precedence';
      /** The predecessor. */
      readonly activity: number;
      readonly successor: number;
      /** Finish of the predecessor, period. */
      readonly finish: number;
      /** Start of the successor, period. */
      readonly start: number;
    }
  | {
      readonly kind: 'capacity';
      readonly resource: number;
      readonly period: number;
      readonly usage: number;
      readonly capacity: number;
      /** Activities in progress during the period that request the resource. */
      readonly activities: readonly number[];
    }
  | { readonly kind: 'start'; readonly activity: number; readonly start: number };
