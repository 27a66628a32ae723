import type { RcpspNetwork } from './rcpsp-network';

/**
 * Parallel schedule generation scheme (Kelley 1963), buffers allocated once.
 *
 * Time advances from one decision point to the next (the next finish of a started activity); at
 * each point the eligible activities (predecessors finished) are started in priority order while
 * their requests fit for their whole duration. Produces non-delay schedules.
 */
export class ParallelSgs {
  /** Start of each activity after the last decode, periods. */
  readonly starts: Int32Array;
  /** Finish of each activity after the last decode, periods. */
  readonly finishes: Int32Array;
  private readonly avail: Int32Array;
  private readonly order: Int32Array;
  private readonly scheduled: Uint8Array;
  private dirtyPeriods = 0;

  constructor(private readonly net: RcpspNetwork) {
    this.starts = new Int32Array(net.n);
    this.finishes = new Int32Array(net.n);
    this.avail = net.capacityProfile.slice();
    this.order = new Int32Array(net.n);
    this.scheduled = new Uint8Array(net.n);
  }

  /**
   * Schedule by priority values (lower first, ties to the lowest activity number).
   * @returns the makespan in periods; starts and finishes are left in `this.starts`/`this.finishes`
   */
  decode(values: Float64Array): number {
    const { net, avail, starts, finishes, order, scheduled } = this;
    const { n, resourceCount: R, durations, requests, predecessorOffsets: po, predecessors: pred } = net;
    if (this.dirtyPeriods > 0) avail.set(net.capacityProfile.subarray(0, this.dirtyPeriods * R));
    for (let j = 0; j < n; j++) order[j] = j;
    order.sort((a, b) => values[a] - values[b] || a - b);
    scheduled.fill(0);
    let done = 0;
    let t = 0;
    let makespan = 0;
    while (done < n) {
      for (let k = 0; k < n; k++) {
        const j = order[k];
        if (scheduled[j] === 1) continue;
        let ready = true;
        for (let e = po[j]; e < po[j + 1]; e++) {
          const p = pred[e];
          if (scheduled[p] === 0 || finishes[p] > t) {
            ready = false;
            break;
          }
        }
        if (!ready || !this.fits(j, t)) continue;
        const d = durations[j];
        for (let u = t; u < t + d; u++) {
          for (let r = 0; r < R; r++) avail[u * R + r] -= requests[j * R + r];
        }
        scheduled[j] = 1;
        starts[j] = t;
        finishes[j] = t + d;
        if (t + d > makespan) makespan = t + d;
        done++;
        // A zero-duration activity finishing now may make others eligible at the same time.
        if (d === 0) k = -1;
      }
      if (done === n) break;
      let next = Number.MAX_SAFE_INTEGER;
      for (let j = 0; j < n; j++)
        if (scheduled[j] === 1 && finishes[j] > t && finishes[j] < next) next = finishes[j];
      // With capacity changing over time, a blocked activity may fit one period later.
      if (net.variableCapacity || next === Number.MAX_SAFE_INTEGER) next = Math.min(next, t + 1);
      t = next;
    }
    if (makespan > this.dirtyPeriods) this.dirtyPeriods = makespan;
    return makespan;
  }

  private fits(j: number, t: number): boolean {
    const { durations, requests, resourceCount: R } = this.net;
    for (let u = t; u < t + durations[j]; u++) {
      for (let r = 0; r < R; r++) if (this.avail[u * R + r] < requests[j * R + r]) return false;
    }
    return true;
  }
}
