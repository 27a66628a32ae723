import type { RcpspNetwork } from './rcpsp-network';

/**
 * Serial schedule generation scheme over activity lists, with its buffers allocated once.
 *
 * `decode(list)` takes the activities in list order (each after all its predecessors) and starts
 * each at the earliest period at or after its predecessors' finish where its requests fit for its
 * whole duration. Direction `backward` schedules the reversed network (successors act as
 * predecessors), which yields a right-justified schedule in reversed time; {@link toForwardTime}
 * maps it back. Backward is only available with constant capacity.
 */
export class SerialSgs {
  /** Start of each activity after the last decode, periods (reversed time when backward). */
  readonly starts: Int32Array;
  /** Finish of each activity after the last decode, periods. */
  readonly finishes: Int32Array;
  private readonly avail: Int32Array;
  private readonly template: Int32Array;
  private readonly predOff: Int32Array;
  private readonly pred: Int32Array;
  private readonly durations: Int32Array;
  private readonly reqOff: Int32Array;
  private readonly reqRes: Int32Array;
  private readonly reqQty: Int32Array;
  private readonly R: number;
  private dirtyPeriods = 0;

  constructor(
    private readonly net: RcpspNetwork,
    readonly direction: 'forward' | 'backward' = 'forward',
  ) {
    if (direction === 'backward' && net.variableCapacity) {
      throw new Error('backward serial SGS needs constant capacity');
    }
    const n = net.n;
    const R = net.resourceCount;
    this.R = R;
    this.starts = new Int32Array(n);
    this.finishes = new Int32Array(n);
    this.template = net.capacityProfile;
    this.avail = net.capacityProfile.slice();
    this.durations = net.durations;
    this.predOff = direction === 'forward' ? net.predecessorOffsets : net.successorOffsets;
    this.pred = direction === 'forward' ? net.predecessors : net.successors;
    const reqOff = new Int32Array(n + 1);
    for (let j = 0; j < n; j++) {
      let c = 0;
      for (let r = 0; r < R; r++) if (net.requests[j * R + r] > 0) c++;
      reqOff[j + 1] = reqOff[j] + c;
    }
    this.reqOff = reqOff;
    this.reqRes = new Int32Array(reqOff[n]);
    this.reqQty = new Int32Array(reqOff[n]);
    for (let j = 0, k = 0; j < n; j++) {
      for (let r = 0; r < R; r++) {
        const q = net.requests[j * R + r];
        if (q > 0) {
          this.reqRes[k] = r;
          this.reqQty[k++] = q;
        }
      }
    }
  }

  /**
   * Decode an activity list (every activity once, predecessors first in this direction).
   * @returns the makespan in periods; starts and finishes are left in `this.starts`/`this.finishes`.
   */
  decode(list: Int32Array): number {
    const { avail, starts, finishes, durations, predOff, pred, reqOff, reqRes, reqQty, R } = this;
    if (this.dirtyPeriods > 0) avail.set(this.template.subarray(0, this.dirtyPeriods * R));
    let makespan = 0;
    const n = list.length;
    for (let k = 0; k < n; k++) {
      const j = list[k];
      let t = 0;
      for (let e = predOff[j]; e < predOff[j + 1]; e++) {
        const f = finishes[pred[e]];
        if (f > t) t = f;
      }
      const d = durations[j];
      const r0 = reqOff[j];
      const r1 = reqOff[j + 1];
      if (d > 0 && r1 > r0) {
        // Scan the window from its end: a blocked period u lets the search jump to u + 1.
        search: for (;;) {
          for (let u = t + d - 1; u >= t; u--) {
            const base = u * R;
            for (let x = r0; x < r1; x++) {
              if (avail[base + reqRes[x]] < reqQty[x]) {
                t = u + 1;
                continue search;
              }
            }
          }
          break;
        }
        for (let u = t; u < t + d; u++) {
          const base = u * R;
          for (let x = r0; x < r1; x++) avail[base + reqRes[x]] -= reqQty[x];
        }
      }
      starts[j] = t;
      const f = t + d;
      finishes[j] = f;
      if (f > makespan) makespan = f;
    }
    if (makespan > this.dirtyPeriods) this.dirtyPeriods = makespan;
    return makespan;
  }

  /** The network this scheme decodes for. */
  get network(): RcpspNetwork {
    return this.net;
  }
}

/**
 * Map a backward (reversed-time) schedule to forward time: start = makespan − reversed finish.
 * @param reversedFinishes finishes in reversed time, periods
 * @param makespan makespan of the backward schedule, periods
 * @param out forward starts, periods
 */
export function toForwardTime(reversedFinishes: Int32Array, makespan: number, out: Int32Array): void {
  for (let j = 0; j < out.length; j++) out[j] = makespan - reversedFinishes[j];
}
