import { UNITS_TOLERANCE } from './find-overallocations';
import { type LevelingProblem, MODE_FIXED, MODE_FREE, MODE_NO_DELAY } from './leveling-problem.types';

/** What one decode of an activity list achieved; compared lexicographically. */
export interface Evaluation {
  /** Units × periods of load beyond capacity that the decode added (0 = no overallocation). */
  overload: number;
  /** Latest finish, periods. */
  makespan: number;
  /** Sum of (start − release) × (1 + priority / 100): delays, the important tasks weighing more. */
  delay: number;
}

/** a better than b (lower overload, then makespan, then weighted delay). */
export function better(a: Evaluation, b: Evaluation): boolean {
  if (a.overload !== b.overload) return a.overload < b.overload - UNITS_TOLERANCE;
  if (a.makespan !== b.makespan) return a.makespan < b.makespan;
  return a.delay < b.delay - UNITS_TOLERANCE;
}

/**
 * Serial schedule generation scheme for the levelling problem, buffers allocated once. `decode`
 * takes activities in list order (predecessors first) and starts each at the first period at or
 * after its precedence-earliest start (release and start-to-start distances) where every request
 * fits for its whole duration. Activities that may not be delayed take their precedence-earliest
 * start whatever the load, fixed ones their own; an activity that cannot fit before its due period
 * (levelling within slack) stays at its precedence-earliest start. Load beyond capacity is counted
 * as overload, which the search minimises first.
 */
export class LevelingSgs {
  readonly start: Int32Array;
  readonly finish: Int32Array;
  /** Precedence-earliest start of each activity in the last forward decode, periods. */
  readonly earliest: Int32Array;
  /** 1 when the last forward decode could not fit the activity before its due period. */
  readonly outsideSlack: Uint8Array;
  /** Activities whose start does not depend on the list (fixed, or not delayed after fixed ones). */
  readonly pinned: Uint8Array;
  private readonly pinnedStart: Int32Array;
  private readonly template: Float64Array;
  private readonly avail: Float64Array;
  private readonly reversed: Float64Array;
  private readonly R: number;
  /** Overload among pinned activities alone: no list can remove it. */
  readonly baseOverload: number;

  constructor(readonly problem: LevelingProblem) {
    const { n, horizon, resourceIds, capacity, mode, release, duration, predOff, pred, predLag, topo } =
      problem;
    this.R = resourceIds.length;
    this.start = new Int32Array(n);
    this.finish = new Int32Array(n);
    this.earliest = new Int32Array(n);
    this.outsideSlack = new Uint8Array(n);
    this.pinned = new Uint8Array(n);
    this.pinnedStart = new Int32Array(n);
    this.template = capacity.slice();
    this.avail = new Float64Array(horizon * this.R);
    this.reversed = new Float64Array(horizon * this.R);
    let base = 0;
    for (const j of topo) {
      if (mode[j] === MODE_FIXED) {
        this.pinned[j] = 1;
        this.pinnedStart[j] = release[j];
      } else if (mode[j] === MODE_NO_DELAY) {
        let t = release[j];
        let all = true;
        for (let e = predOff[j]; e < predOff[j + 1]; e++) {
          if (this.pinned[pred[e]] === 0) all = false;
          else t = Math.max(t, this.pinnedStart[pred[e]] + predLag[e]);
        }
        if (!all) continue;
        this.pinned[j] = 1;
        this.pinnedStart[j] = t;
      } else continue;
      base += this.consume(this.template, j, this.pinnedStart[j], duration[j]);
    }
    this.baseOverload = base;
  }

  /** Decodes a precedence-feasible list; leaves the schedule in `start`/`finish`. */
  decode(list: Int32Array): Evaluation {
    const { problem, avail, start, finish, earliest, pinned, pinnedStart, outsideSlack } = this;
    const { release, duration, due, mode, predOff, pred, predLag, priority } = problem;
    avail.set(this.template);
    let overload = 0;
    let makespan = 0;
    let delay = 0;
    for (let k = 0; k < list.length; k++) {
      const j = list[k];
      const d = duration[j];
      if (pinned[j] === 1) {
        start[j] = pinnedStart[j];
        earliest[j] = pinnedStart[j];
      } else {
        let t = release[j];
        for (let e = predOff[j]; e < predOff[j + 1]; e++) {
          const bound = start[pred[e]] + predLag[e];
          if (bound > t) t = bound;
        }
        earliest[j] = t;
        let s = t;
        outsideSlack[j] = 0;
        if (mode[j] === MODE_FREE) {
          s = this.firstFit(avail, j, t, due[j]);
          if (s < 0) {
            outsideSlack[j] = s === -1 ? 1 : 0;
            s = t;
          }
        }
        overload += this.consume(avail, j, s, d);
        start[j] = s;
        delay += (s - release[j]) * (1 + priority[j] / 100);
      }
      finish[j] = start[j] + d;
      if (finish[j] > makespan) makespan = finish[j];
    }
    return { overload, makespan, delay };
  }

  /**
   * Right-justifies the schedule now held (makespan `makespan`) by a serial SGS on the reversed
   * network, the activities taken by `backwardList` (successors first), and writes to `keys` each
   * activity's start in the justified schedule (periods, forward time). Pinned activities keep
   * their place; releases and due periods are not enforced here: the forward decode that follows
   * enforces everything, this pass only proposes an order.
   */
  justifyBackward(backwardList: Int32Array, makespan: number, keys: Float64Array): void {
    const { problem, reversed, pinned, finish, R } = this;
    const { duration, succOff, succ, succLag, horizon } = problem;
    // Reversed time u covers forward period makespan − 1 − u.
    for (let u = 0; u < horizon; u++) {
      const t = makespan - 1 - u;
      const from = Math.max(t, 0) * R;
      reversed.set(this.template.subarray(from, from + R), u * R);
    }
    const rstart = this.earliest;
    for (let k = 0; k < backwardList.length; k++) {
      const j = backwardList[k];
      const d = duration[j];
      if (pinned[j] === 1) {
        rstart[j] = makespan - finish[j];
        continue;
      }
      let t = 0;
      for (let e = succOff[j]; e < succOff[j + 1]; e++) {
        const s = succ[e];
        const bound = rstart[s] + succLag[e] + duration[s] - d;
        if (bound > t) t = bound;
      }
      let s = this.firstFit(reversed, j, t, Number.MAX_SAFE_INTEGER);
      if (s < 0) s = t;
      this.consume(reversed, j, s, d);
      rstart[j] = s;
    }
    for (let j = 0; j < keys.length; j++) keys[j] = makespan - rstart[j] - duration[j];
  }

  /**
   * First period ≥ t where activity j's checked requests fit for its duration and it finishes by
   * `due`; -1 when the due period stops it, -2 when the horizon does.
   */
  private firstFit(avail: Float64Array, j: number, t: number, due: number): number {
    const { reqOff, reqRes, reqQty, reqFits, duration, horizon } = this.problem;
    const d = duration[j];
    const r0 = reqOff[j];
    const r1 = reqOff[j + 1];
    if (d === 0 || r0 === r1) return t;
    const R = this.R;
    search: for (;;) {
      if (t + d > due) return -1;
      if (t + d > horizon) return -2;
      for (let u = t + d - 1; u >= t; u--) {
        const base = u * R;
        for (let x = r0; x < r1; x++) {
          if (reqFits[x] === 1 && avail[base + reqRes[x]] < reqQty[x] - UNITS_TOLERANCE) {
            t = u + 1;
            continue search;
          }
        }
      }
      return t;
    }
  }

  /** Takes j's requests from `avail` over [s, s + d); returns the overload this adds. */
  private consume(avail: Float64Array, j: number, s: number, d: number): number {
    const { reqOff, reqRes, reqQty, horizon } = this.problem;
    const R = this.R;
    let added = 0;
    const end = Math.min(s + d, horizon);
    for (let u = Math.max(0, s); u < end; u++) {
      const base = u * R;
      for (let x = reqOff[j]; x < reqOff[j + 1]; x++) {
        const cell = base + reqRes[x];
        const before = avail[cell];
        const after = before - reqQty[x];
        avail[cell] = after;
        if (after < -UNITS_TOLERANCE) added += -after - Math.max(0, -before);
      }
    }
    return added;
  }
}
