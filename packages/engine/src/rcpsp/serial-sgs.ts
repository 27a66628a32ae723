import type { RcpspNetwork } from './rcpsp-network';
import { sparseRequests } from './sparse-requests';

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
  /** The prefix kept by {@link fixPrefix}: its profile up to `prefixEnd`, its activities and times. */
  private readonly prefixAvail: Int32Array;
  private readonly prefix: Int32Array;
  private readonly prefixStarts: Int32Array;
  private readonly prefixFinishes: Int32Array;
  private prefixEnd = 0;
  private prefixCount = -1;

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
    this.prefixAvail = new Int32Array(this.avail.length);
    this.prefix = new Int32Array(n);
    this.prefixStarts = new Int32Array(n);
    this.prefixFinishes = new Int32Array(n);
    this.durations = net.durations;
    this.predOff = direction === 'forward' ? net.predecessorOffsets : net.successorOffsets;
    this.pred = direction === 'forward' ? net.predecessors : net.successors;
    const requests = sparseRequests(net);
    this.reqOff = requests.offsets;
    this.reqRes = requests.resources;
    this.reqQty = requests.quantities;
  }

  /**
   * Decode an activity list (every activity once, predecessors first in this direction).
   * @returns the makespan in periods; starts and finishes are left in `this.starts`/`this.finishes`.
   */
  decode(list: Int32Array): number {
    if (this.dirtyPeriods > 0) this.avail.set(this.template.subarray(0, this.dirtyPeriods * this.R));
    return this.place(list, 0, list.length, 0);
  }

  /**
   * Decode the first `count` activities of `list` and keep the resulting resource profile, so that
   * {@link decodeTail} can decode the rest of a list from there (the decomposition's sub-problems:
   * a fixed prefix, a varied rest). A later {@link decode} leaves the kept prefix intact.
   * @returns the largest finish among the prefix activities, periods
   */
  fixPrefix(list: Int32Array, count: number): number {
    if (!(Number.isInteger(count) && count >= 0 && count <= list.length)) {
      throw new RangeError(`fixPrefix: count must be in [0, ${list.length}], got ${count}`);
    }
    if (this.dirtyPeriods > 0) this.avail.set(this.template.subarray(0, this.dirtyPeriods * this.R));
    const end = this.place(list, 0, count, 0);
    this.prefixAvail.set(this.avail.subarray(0, end * this.R));
    this.prefixEnd = end;
    this.prefixCount = count;
    for (let k = 0; k < count; k++) {
      const j = list[k];
      this.prefix[k] = j;
      this.prefixStarts[k] = this.starts[j];
      this.prefixFinishes[k] = this.finishes[j];
    }
    return end;
  }

  /**
   * Place `activities[0..count)` at the given starts (this direction's time, periods) as fixed
   * obstacles, and keep the profile as {@link fixPrefix} does. Their resource use must fit the
   * capacity; their order does not matter.
   * @returns the largest finish among them, periods
   */
  fixPlaced(activities: Int32Array, count: number, startsOf: Int32Array): number {
    const { avail, durations, reqOff, reqRes, reqQty, R } = this;
    if (this.dirtyPeriods > 0) avail.set(this.template.subarray(0, this.dirtyPeriods * R));
    let end = 0;
    for (let k = 0; k < count; k++) {
      const j = activities[k];
      const t = startsOf[j];
      const f = t + durations[j];
      for (let u = t; u < f; u++) {
        const base = u * R;
        for (let x = reqOff[j]; x < reqOff[j + 1]; x++) avail[base + reqRes[x]] -= reqQty[x];
      }
      this.starts[j] = t;
      this.finishes[j] = f;
      this.prefix[k] = j;
      this.prefixStarts[k] = t;
      this.prefixFinishes[k] = f;
      if (f > end) end = f;
    }
    if (end > this.dirtyPeriods) this.dirtyPeriods = end;
    this.prefixAvail.set(avail.subarray(0, end * R));
    this.prefixEnd = end;
    this.prefixCount = count;
    return end;
  }

  /**
   * Decode `list[from..]` on top of the prefix kept by {@link fixPrefix} (`from` must be its
   * length; the caller keeps `list[0..from)` equal to that prefix).
   * @returns the makespan of the whole schedule, periods; starts and finishes of every activity
   * are left in `this.starts`/`this.finishes`
   */
  decodeTail(list: Int32Array, from: number): number {
    const { avail, template, R, prefix } = this;
    if (from !== this.prefixCount) {
      throw new Error(`decodeTail: from ${from} does not match the prefix fixed (${this.prefixCount})`);
    }
    const saved = this.prefixEnd * R;
    avail.set(this.prefixAvail.subarray(0, saved));
    if (this.dirtyPeriods > this.prefixEnd) avail.set(template.subarray(saved, this.dirtyPeriods * R), saved);
    for (let k = 0; k < from; k++) {
      this.starts[prefix[k]] = this.prefixStarts[k];
      this.finishes[prefix[k]] = this.prefixFinishes[k];
    }
    return this.place(list, from, list.length, this.prefixEnd);
  }

  /** Place `list[from..to)` on the current profile; returns the largest finish, at least `makespan`. */
  private place(list: Int32Array, from: number, to: number, makespan: number): number {
    const { avail, starts, finishes, durations, predOff, pred, reqOff, reqRes, reqQty, R } = this;
    for (let k = from; k < to; k++) {
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
