import type { RcpspNetwork } from './rcpsp-network';
import { sparseRequests } from './sparse-requests';

/**
 * Parallel schedule generation scheme over activity lists, forward or backward, buffers allocated
 * once (constant capacity only).
 *
 * Time advances from one decision point to the next (the next finish of a started activity); at
 * each point the eligible activities (every predecessor in this direction finished) are taken in
 * list order and each starts there if its requests fit for its whole duration. The result is a
 * non-delay schedule: at no decision point is an eligible activity left waiting while its
 * requests fit. Direction `backward` schedules the reversed network, as {@link SerialSgs} does.
 * The list is only a priority order: it need not be precedence-feasible.
 */
export class ParallelListSgs {
  /** Start of each activity after the last decode, periods (reversed time when backward). */
  readonly starts: Int32Array;
  /** Finish of each activity after the last decode, periods. */
  readonly finishes: Int32Array;
  private readonly avail: Int32Array;
  private readonly template: Int32Array;
  private readonly pending: Int32Array;
  private readonly started: Uint32Array;
  private readonly predOff: Int32Array;
  private readonly pred: Int32Array;
  private readonly durations: Int32Array;
  private readonly reqOff: Int32Array;
  private readonly reqRes: Int32Array;
  private readonly reqQty: Int32Array;
  private readonly R: number;
  private dirtyPeriods = 0;
  private stamp = 0;

  constructor(net: RcpspNetwork, direction: 'forward' | 'backward' = 'forward') {
    if (net.variableCapacity) throw new Error('ParallelListSgs needs constant capacity');
    const n = net.n;
    const R = net.resourceCount;
    this.R = R;
    this.starts = new Int32Array(n);
    this.finishes = new Int32Array(n);
    this.template = net.capacityProfile;
    this.avail = net.capacityProfile.slice();
    this.pending = new Int32Array(n);
    this.started = new Uint32Array(n);
    this.durations = net.durations;
    this.predOff = direction === 'forward' ? net.predecessorOffsets : net.successorOffsets;
    this.pred = direction === 'forward' ? net.predecessors : net.successors;
    const requests = sparseRequests(net);
    this.reqOff = requests.offsets;
    this.reqRes = requests.resources;
    this.reqQty = requests.quantities;
  }

  /**
   * Decode an activity list (every activity once, in any order); the list order is the priority
   * at every decision point.
   * @returns the makespan in periods; starts and finishes are left in `this.starts`/`this.finishes`
   */
  decode(list: Int32Array): number {
    const { avail, starts, finishes, durations, reqOff, reqRes, reqQty, R, pending, started } = this;
    if (this.dirtyPeriods > 0) avail.set(this.template.subarray(0, this.dirtyPeriods * R));
    const n = list.length;
    const stamp = ++this.stamp;
    pending.set(list);
    let left = n;
    let t = 0;
    let makespan = 0;
    for (;;) {
      // One decision point: start what is eligible and fits, in list order. A zero-duration
      // activity done at t may make an earlier-listed one eligible at t: scan again after it.
      for (let again = true; again; ) {
        again = false;
        let kept = 0;
        for (let k = 0; k < left; k++) {
          const j = pending[k];
          if (again || !this.eligible(j, t, stamp) || !this.fits(j, t)) {
            pending[kept++] = j;
            continue;
          }
          const d = durations[j];
          for (let u = t; u < t + d; u++) {
            const base = u * R;
            for (let x = reqOff[j]; x < reqOff[j + 1]; x++) avail[base + reqRes[x]] -= reqQty[x];
          }
          started[j] = stamp;
          starts[j] = t;
          finishes[j] = t + d;
          if (t + d > makespan) makespan = t + d;
          if (d === 0) again = true;
        }
        left = kept;
      }
      if (left === 0) break;
      // Eligibility and free capacity only change when an activity finishes: go to the next finish.
      let next = Number.MAX_SAFE_INTEGER;
      for (let j = 0; j < n; j++) {
        if (started[j] === stamp && finishes[j] > t && finishes[j] < next) next = finishes[j];
      }
      if (next === Number.MAX_SAFE_INTEGER) {
        throw new Error(
          `ParallelListSgs: activity ${pending[0]} can never start (one of its predecessors is missing from the list)`,
        );
      }
      t = next;
    }
    if (makespan > this.dirtyPeriods) this.dirtyPeriods = makespan;
    return makespan;
  }

  private eligible(j: number, t: number, stamp: number): boolean {
    const { predOff, pred, started, finishes } = this;
    for (let e = predOff[j]; e < predOff[j + 1]; e++) {
      const p = pred[e];
      if (started[p] !== stamp || finishes[p] > t) return false;
    }
    return true;
  }

  private fits(j: number, t: number): boolean {
    const { avail, durations, reqOff, reqRes, reqQty, R } = this;
    const r0 = reqOff[j];
    const r1 = reqOff[j + 1];
    for (let u = t; u < t + durations[j]; u++) {
      const base = u * R;
      for (let x = r0; x < r1; x++) if (avail[base + reqRes[x]] < reqQty[x]) return false;
    }
    return true;
  }
}
