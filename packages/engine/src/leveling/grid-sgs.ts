import { UNITS_TOLERANCE } from './find-overallocations';
import type { GridProblem } from './grid-problem.types';
import { MODE_FIXED, MODE_FREE } from './leveling-problem.types';
import type { Evaluation } from './leveling-sgs';
import type { GridCalendar } from './time-grid';

const FS = 0;
const SS = 1;
const FF = 2;
const GATE = 4;

/**
 * Serial schedule generation scheme on an elapsed time grid (see GridProblem): each activity in
 * list order starts at the first working slot of its own calendar, at or after its release and
 * what its links ask (lags counted on the lag's calendar), where every request fits in each of its
 * working slots up to its finish. Activities that may not be delayed take their earliest start
 * whatever the load; FIXED ones keep their dates; an activity that cannot fit by its due boundary
 * (levelling within slack) stays at its earliest start. Load beyond capacity is counted as overload.
 */
export class GridSgs {
  readonly start: Int32Array;
  readonly finish: Int32Array;
  /** Earliest start each activity's links and release allow (before its own delay), slots. */
  readonly earliest: Int32Array;
  readonly outsideSlack: Uint8Array;
  private readonly template: Float64Array;
  private readonly avail: Float64Array;
  private readonly R: number;
  /** Overload among FIXED activities alone. */
  readonly baseOverload: number;

  constructor(
    readonly problem: GridProblem,
    private readonly calendars: readonly GridCalendar[],
  ) {
    const { n, horizon, resourceIds, capacity, mode, release, fixedFinish } = problem;
    this.R = resourceIds.length;
    this.start = new Int32Array(n);
    this.finish = new Int32Array(n);
    this.earliest = new Int32Array(n);
    this.outsideSlack = new Uint8Array(n);
    this.template = capacity.slice();
    this.avail = new Float64Array(horizon * this.R);
    let base = 0;
    for (let j = 0; j < n; j++) {
      if (mode[j] === MODE_FIXED) base += this.consume(this.template, j, release[j], fixedFinish[j]);
    }
    this.baseOverload = base;
  }

  /** Decodes a precedence-feasible list; leaves the schedule in `start`/`finish`. */
  decode(list: Int32Array): Evaluation {
    const { problem, avail, start, finish, earliest, outsideSlack, calendars } = this;
    const { release, work, due, mode, calendar, fixedFinish, priority, horizon } = problem;
    avail.set(this.template);
    let overload = 0;
    let makespan = 0;
    let delay = 0;
    for (let k = 0; k < list.length; k++) {
      const j = list[k];
      outsideSlack[j] = 0;
      if (mode[j] === MODE_FIXED) {
        start[j] = release[j];
        finish[j] = fixedFinish[j];
        earliest[j] = release[j];
      } else {
        const cal = calendars[calendar[j]];
        const w = work[j];
        const t = this.earliestStart(j, release[j]);
        earliest[j] = t;
        let s = t;
        let f = w === 0 ? s : cal.shift(s, w);
        if (mode[j] === MODE_FREE && problem.reqOff[j + 1] > problem.reqOff[j] && w > 0) {
          const fit = this.firstFit(j, cal, s, w, due[j]);
          if (fit.start >= 0) {
            s = fit.start;
            f = fit.finish;
          } else outsideSlack[j] = fit.start === -1 ? 1 : 0;
        }
        if (f > horizon)
          throw new Error('levelling: the time grid is too short for this plan (internal limit)');
        overload += this.consume(avail, j, s, f);
        start[j] = s;
        finish[j] = f;
        delay += (s - release[j]) * (1 + priority[j] / 100);
      }
      if (finish[j] > makespan) makespan = finish[j];
    }
    return { overload, makespan, delay };
  }

  /**
   * Where activity j can start after the last decode's predecessors and `release`, snapped to a
   * working slot of its calendar (slots).
   */
  earliestStart(j: number, release: number): number {
    const { predOff, pred, predType, predLag, predLagCalendar, calendar, work } = this.problem;
    const cal = this.calendars[calendar[j]];
    const w = work[j];
    let t = release;
    for (let e = predOff[j]; e < predOff[j + 1]; e++) {
      const i = pred[e];
      const type = predType[e] & 3;
      const base = type === FS || type === FF ? this.finish[i] : this.start[i];
      const shifted = this.calendars[predLagCalendar[e]].shift(base, predLag[e]);
      const gate = (predType[e] & GATE) !== 0;
      const bound = type <= SS || gate ? shifted : cal.startForFinish(shifted, w);
      if (bound > t) t = bound;
    }
    return w === 0 ? t : cal.startAt(t);
  }

  /** First start ≥ s where every request fits; start -1 when `due` stops it, -2 the horizon. */
  private firstFit(
    j: number,
    cal: GridCalendar,
    s: number,
    w: number,
    due: number,
  ): { start: number; finish: number } {
    const { reqOff, reqRes, reqQty, reqFits, horizon } = this.problem;
    const { avail, R } = this;
    search: for (;;) {
      const f = cal.shift(s, w);
      if (f > due) return { start: -1, finish: -1 };
      if (f > horizon) return { start: -2, finish: -2 };
      for (let u = f - 1; u >= s; u--) {
        if (!cal.works(u)) continue;
        for (let x = reqOff[j]; x < reqOff[j + 1]; x++) {
          if (reqFits[x] === 1 && avail[u * R + reqRes[x]] < reqQty[x] - UNITS_TOLERANCE) {
            s = cal.startAt(u + 1);
            continue search;
          }
        }
      }
      return { start: s, finish: f };
    }
  }

  /** Takes j's requests over its calendar's working slots in [s, f); returns the overload added. */
  private consume(avail: Float64Array, j: number, s: number, f: number): number {
    const { reqOff, reqRes, reqQty, calendar, horizon } = this.problem;
    const cal = this.calendars[calendar[j]];
    const R = this.R;
    let added = 0;
    for (let u = Math.max(0, s); u < Math.min(f, horizon); u++) {
      if (!cal.works(u)) continue;
      for (let x = reqOff[j]; x < reqOff[j + 1]; x++) {
        const cell = u * R + reqRes[x];
        const before = avail[cell];
        const after = before - reqQty[x];
        avail[cell] = after;
        if (after < -UNITS_TOLERANCE) added += -after - Math.max(0, -before);
      }
    }
    return added;
  }
}
