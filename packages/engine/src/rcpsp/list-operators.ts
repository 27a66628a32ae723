import type { Prng } from '../random/prng';
import type { RcpspNetwork } from './rcpsp-network';

/**
 * Recombination and mutation of activity lists, with their scratch buffers allocated once. Every
 * operator keeps a list precedence-feasible in whichever direction its inputs are (forward lists
 * put predecessors first, backward lists successors first). The result is left in `child`.
 */
export class ListOperators {
  /** The list built by the last operator. */
  readonly child: Int32Array;
  private readonly n: number;
  private readonly taken: Uint32Array;
  private readonly position: Int32Array;
  private readonly load: Float64Array;
  private readonly usage: Float64Array;
  private stamp = 0;

  constructor(
    private readonly net: RcpspNetwork,
    private readonly rng: Prng,
  ) {
    const n = net.n;
    this.n = n;
    this.child = new Int32Array(n);
    this.taken = new Uint32Array(n);
    this.position = new Int32Array(n);
    // Load of an activity: its requests as fractions of the capacities, summed over resources.
    this.load = new Float64Array(n);
    const R = net.resourceCount;
    for (let j = 0; j < n; j++) {
      for (let r = 0; r < R; r++) {
        const cap = net.capacityProfile[r];
        if (cap > 0) this.load[j] += net.requests[j * R + r] / cap;
      }
    }
    this.usage = new Float64Array(net.horizon + 2);
  }

  /**
   * Two-point crossover (Hartmann 1998): the mother's first q1 activities, then the father's next
   * ones up to position q2, then the mother's rest, each in its parent's order.
   * @param lists lists of a population, one after another (n each)
   */
  twoPoint(lists: Int32Array, mother: number, father: number): void {
    const n = this.n;
    const { child, taken } = this;
    const stamp = ++this.stamp;
    let q1 = this.rng.int(0, n);
    let q2 = this.rng.int(0, n);
    if (q1 > q2) [q1, q2] = [q2, q1];
    const m0 = mother * n;
    const f0 = father * n;
    let k = 0;
    for (; k < q1; k++) {
      child[k] = lists[m0 + k];
      taken[child[k]] = stamp;
    }
    for (let x = 0; k < q2 && x < n; x++) {
      const j = lists[f0 + x];
      if (taken[j] !== stamp) {
        child[k++] = j;
        taken[j] = stamp;
      }
    }
    for (let x = 0; k < n && x < n; x++) {
      const j = lists[m0 + x];
      if (taken[j] !== stamp) {
        child[k++] = j;
        taken[j] = stamp;
      }
    }
  }

  /**
   * Peak crossover (after Valls, Ballestín & Quintanilla 2008): in the schedule of `peak`, find the
   * window of random length (20–50 % of its makespan) where resources are used most. Its activities
   * (consecutive in the list, which runs by time) pass to the child as one block; the others keep
   * the order of `other`, those the peak parent lists before the block placed before it.
   * @param lists lists of a population (n each), each sorted by its keys
   * @param keys the time of every activity in each list's own direction (periods, n each)
   * @param makespans makespan of each individual, periods
   */
  peak(lists: Int32Array, keys: Int32Array, makespans: Int32Array, other: number, peak: number): void {
    const n = this.n;
    const { usage, load } = this;
    const durations = this.net.durations;
    const base = peak * n;
    const makespan = makespans[peak];
    usage.fill(0, 0, makespan + 2);
    for (let j = 0; j < n; j++) {
      const t = keys[base + j];
      usage[t] += load[j];
      usage[t + durations[j]] -= load[j];
    }
    // Turn the difference array into prefix sums of the load per period: usage[t] = Σ load(u < t).
    let running = 0;
    let prefix = 0;
    for (let t = 0; t <= makespan; t++) {
      running += usage[t];
      usage[t] = prefix;
      prefix += running;
    }
    usage[makespan + 1] = prefix;
    const length = Math.max(1, Math.round(makespan * (0.2 + 0.3 * this.rng.next())));
    let from = 0;
    let bestSum = -1;
    for (let t = 0; t + length <= makespan; t++) {
      const sum = usage[t + length] - usage[t];
      if (sum > bestSum) {
        bestSum = sum;
        from = t;
      }
    }
    let q1 = 0;
    while (q1 < n && keys[base + lists[base + q1]] < from) q1++;
    let q2 = q1;
    while (q2 < n && keys[base + lists[base + q2]] < from + length) q2++;
    this.block(lists, other, peak, q1, q2);
  }

  /** The father's positions [q1, q2) as one block, the others in the mother's order around it. */
  private block(lists: Int32Array, mother: number, father: number, q1: number, q2: number): void {
    const n = this.n;
    const { child, taken } = this;
    const inBlock = ++this.stamp;
    const before = ++this.stamp;
    const m0 = mother * n;
    const f0 = father * n;
    for (let x = q1; x < q2; x++) taken[lists[f0 + x]] = inBlock;
    // Activities the father lists before the block go before it (in the mother's order): no
    // predecessor of a block activity can then come after the block, and none of its successors before.
    for (let x = 0; x < q1; x++) taken[lists[f0 + x]] = before;
    let k = 0;
    for (let x = 0; x < n; x++) {
      const j = lists[m0 + x];
      if (taken[j] === before) child[k++] = j;
    }
    for (let x = q1; x < q2; x++) child[k++] = lists[f0 + x];
    for (let x = 0; x < n; x++) {
      const j = lists[m0 + x];
      if (taken[j] !== inBlock && taken[j] !== before) child[k++] = j;
    }
  }

  /** Swap neighbours of the child with probability `rate` each, when no precedence links them. */
  swaps(rate: number): void {
    const { child, n } = this;
    const arc = this.net.arc;
    for (let k = 0; k + 1 < n; k++) {
      if (this.rng.next() < rate) {
        const a = child[k];
        const b = child[k + 1];
        if (arc[a * n + b] === 0 && arc[b * n + a] === 0) {
          child[k] = b;
          child[k + 1] = a;
        }
      }
    }
  }

  /** Move one random activity of the child to a random position between its linked activities. */
  shift(): void {
    const { child, n, position } = this;
    const net = this.net;
    for (let k = 0; k < n; k++) position[child[k]] = k;
    const from = this.rng.int(0, n - 1);
    const a = child[from];
    // The list may run in either direction: bound the move by every linked activity on each side.
    let lo = 0;
    let hi = n - 1;
    for (let e = net.predecessorOffsets[a]; e < net.predecessorOffsets[a + 1]; e++) {
      const p = position[net.predecessors[e]];
      if (p < from) lo = Math.max(lo, p + 1);
      else hi = Math.min(hi, p - 1);
    }
    for (let e = net.successorOffsets[a]; e < net.successorOffsets[a + 1]; e++) {
      const p = position[net.successors[e]];
      if (p < from) lo = Math.max(lo, p + 1);
      else hi = Math.min(hi, p - 1);
    }
    const to = lo + this.rng.int(0, hi - lo);
    if (to < from) {
      child.copyWithin(to + 1, to, from);
      child[to] = a;
    } else if (to > from) {
      child.copyWithin(from, from + 1, to + 1);
      child[to] = a;
    }
  }
}
