import type { Prng } from '../random/prng';
import { ListSorter, shuffleTiedRuns } from './list-order';
import type { RcpspNetwork } from './rcpsp-network';
import { hashStarts } from './schedule-hash';
import { SerialSgs } from './serial-sgs';

/** Outcome of {@link WindowSearch.improve}; the schedule itself is left in `WindowSearch.starts`. */
export interface WindowOutcome {
  /** Makespan of the best schedule of the sub-problem, periods (≤ the makespan given). */
  readonly makespan: number;
  /** Schedules generated: the head's decode and every decode of the rest, each counted as one. */
  readonly used: number;
}

/** Settings of one sub-problem solve. */
export interface WindowSettings {
  /** 'forward': the window follows a fixed start of the project; 'backward': it precedes a fixed end. */
  readonly direction: 'forward' | 'backward';
  /** Position of the window's first activity in the schedule's list (0-based). */
  readonly from: number;
  /** Activities in the window. */
  readonly size: number;
  /** Schedules the sub-problem may generate (≥ 3: the head, then two per child, the given schedule first). */
  readonly budget: number;
  /** Individuals of the sub-problem's population (≥ 2). */
  readonly populationSize: number;
}

/**
 * The decomposition step (after Debels & Vanhoucke 2007): the activities of a schedule listed
 * before a window (by start, or by finish from the end when backward) keep their times, and the
 * window with everything after it is solved again as a smaller problem.
 *
 * The sub-problem is solved by a steady-state genetic algorithm over the orders of the rest, its
 * operators confined to the window: two-point crossover with both cut points in the window, one
 * shift of a window activity within its precedence bounds. Every child is a justification pass, as
 * in the main search: decoded behind the fixed head as early as possible (one schedule), then the
 * other way against its own makespan with the head as fixed obstacles (one schedule); the latter
 * passes on its order by time. A child replaces the longest individual when no longer and no
 * duplicate. The head is decoded once (one schedule). The given schedule is the first individual,
 * so the result is never worse.
 */
export class WindowSearch {
  /** Best schedule of the last {@link improve}, forward start of every activity (periods). */
  readonly starts: Int32Array;
  private readonly n: number;
  private readonly sgs: { readonly forward: SerialSgs; readonly backward: SerialSgs };
  private readonly sorter: ListSorter;
  private readonly durations: Int32Array;
  private readonly topological: Int32Array;
  private readonly reversedTopological: Int32Array;
  private readonly list: Int32Array;
  private readonly child: Int32Array;
  private readonly taken: Uint32Array;
  private readonly position: Int32Array;
  private stamp = 0;
  private tails = new Int32Array(0);
  private makespans = new Int32Array(0);
  private readonly opposite: Int32Array;
  private readonly times: Int32Array;
  private readonly random: () => number;
  private hashes = new Uint32Array(0);

  constructor(
    private readonly net: RcpspNetwork,
    private readonly rng: Prng,
  ) {
    if (net.variableCapacity) throw new Error('WindowSearch needs constant capacity');
    const n = net.n;
    this.n = n;
    this.starts = new Int32Array(n);
    this.sgs = { forward: new SerialSgs(net, 'forward'), backward: new SerialSgs(net, 'backward') };
    this.sorter = new ListSorter(n, net.horizon);
    this.durations = net.durations;
    this.topological = net.topologicalOrder;
    this.reversedTopological = net.topologicalOrder.slice().reverse();
    this.list = new Int32Array(n);
    this.child = new Int32Array(n);
    this.taken = new Uint32Array(n);
    this.position = new Int32Array(n);
    this.opposite = new Int32Array(n);
    this.times = new Int32Array(n);
    this.random = () => rng.next();
  }

  /**
   * Solve the sub-problem of one window of a schedule and leave the best schedule found in
   * {@link starts} (the given one when nothing better turns up).
   * @param starts forward start of every activity of a feasible schedule, periods
   * @param makespan its makespan, periods
   */
  improve(starts: Int32Array, makespan: number, settings: WindowSettings): WindowOutcome {
    const { n, durations } = this;
    const { direction, from, size, budget, populationSize: P } = settings;
    if (!(Number.isInteger(from) && Number.isInteger(size) && from >= 0 && size >= 1 && from + size <= n)) {
      throw new RangeError(`WindowSearch: window [${from}, ${from + size}) is not within 0..${n}`);
    }
    if (!(budget >= 3 && P >= 2)) {
      throw new RangeError(`WindowSearch: budget (${budget}) must be ≥ 3 and populationSize (${P}) ≥ 2`);
    }
    this.starts.set(starts);
    const forward = direction === 'forward';
    const own = forward ? this.sgs.forward : this.sgs.backward;
    const other = forward ? this.sgs.backward : this.sgs.forward;
    // The schedule's list in the sub-problem's direction ("own" time): by start, or by reversed start.
    const keys = this.sorter.keys;
    for (let j = 0; j < n; j++) keys[j] = forward ? starts[j] : makespan - starts[j] - durations[j];
    const list = this.list;
    this.sorter.sort(forward ? this.topological : this.reversedTopological, false, makespan, list);
    const head = list.subarray(0, from);
    own.fixPrefix(list, from);
    let used = 1;
    const m = n - from;
    if (this.tails.length < P * m) this.tails = new Int32Array(P * n);
    if (this.makespans.length < P) {
      this.makespans = new Int32Array(P);
      this.hashes = new Uint32Array(P);
    }
    const child = this.child.subarray(0, m);
    const opposite = this.opposite;
    const times = this.times;
    let count = 0;
    let worst = 0;
    let bestMakespan = makespan;
    for (let c = 0; used + 2 <= budget; c++) {
      if (c === 0) child.set(list.subarray(from));
      else if (count < P) {
        child.set(this.tails.subarray(0, m));
        this.shift(child, size);
        this.shift(child, size);
      } else {
        const mother = this.tournament(count);
        let father = this.tournament(count);
        if (father === mother) father = this.tournament(count);
        this.crossover(m, size, mother, father, child);
        this.shift(child, size);
      }
      // Own direction: the rest behind the fixed head, as early as possible.
      list.set(child, from);
      const ms = own.decodeTail(list, from);
      used++;
      if (ms < bestMakespan || c === 0) {
        bestMakespan = ms;
        this.toForward(own, forward, ms);
      }
      // Opposite direction against the same end: the head as fixed obstacles, the rest by
      // decreasing finish, each as late as possible. Listing by time keeps every activity at or
      // after its time in the schedule just built, so the head's links still hold.
      for (let k = 0; k < from; k++) times[head[k]] = ms - own.finishes[head[k]];
      other.fixPlaced(head, from, times);
      for (let k = from; k < n; k++) keys[list[k]] = ms - own.finishes[list[k]];
      const tail = opposite.subarray(from);
      this.sorter.sort(list.subarray(from), true, ms, tail);
      shuffleTiedRuns(tail, keys, durations, this.random);
      other.decodeTail(opposite, from);
      used++;
      // Back to own time: its list for the next pass, and its hash.
      for (let k = 0; k < from; k++) times[head[k]] = own.starts[head[k]];
      for (let k = from; k < n; k++) {
        const j = opposite[k];
        keys[j] = ms - other.finishes[j];
        times[j] = keys[j];
      }
      const hash = hashStarts(times);
      if (count === P && ms > this.makespans[worst]) continue;
      let duplicate = false;
      for (let i = 0; i < count && !duplicate; i++) {
        duplicate = this.hashes[i] === hash && this.makespans[i] === ms;
      }
      if (duplicate) continue;
      const at = count < P ? count++ : worst;
      const out = this.tails.subarray(at * m, at * m + m);
      this.sorter.sort(tail, true, ms, out);
      shuffleTiedRuns(out, keys, durations, this.random);
      this.makespans[at] = ms;
      this.hashes[at] = hash;
      worst = this.worstIndex(count);
    }
    return { makespan: bestMakespan, used };
  }

  /** The individual to replace: the longest, the oldest place among equals. */
  private worstIndex(count: number): number {
    let worst = 0;
    for (let i = 1; i < count; i++) if (this.makespans[i] > this.makespans[worst]) worst = i;
    return worst;
  }

  private tournament(count: number): number {
    const a = this.rng.int(0, count - 1);
    const b = this.rng.int(0, count - 1);
    return this.makespans[b] < this.makespans[a] ? b : a;
  }

  /** Write the schedule now held by `sgs` to {@link starts} in forward time. */
  private toForward(sgs: SerialSgs, forward: boolean, makespan: number): void {
    if (forward) this.starts.set(sgs.starts);
    else for (let j = 0; j < this.n; j++) this.starts[j] = makespan - sgs.finishes[j];
  }

  /** Two-point crossover of two tails with both cut points in the window [0, size]. */
  private crossover(m: number, size: number, mother: number, father: number, child: Int32Array): void {
    const { tails, taken } = this;
    const stamp = ++this.stamp;
    let q1 = this.rng.int(0, size);
    let q2 = this.rng.int(0, size);
    if (q1 > q2) [q1, q2] = [q2, q1];
    const m0 = mother * m;
    const f0 = father * m;
    let k = 0;
    for (; k < q1; k++) {
      child[k] = tails[m0 + k];
      taken[child[k]] = stamp;
    }
    for (let x = 0; k < q2 && x < m; x++) {
      const j = tails[f0 + x];
      if (taken[j] !== stamp) {
        child[k++] = j;
        taken[j] = stamp;
      }
    }
    for (let x = 0; k < m && x < m; x++) {
      const j = tails[m0 + x];
      if (taken[j] !== stamp) {
        child[k++] = j;
        taken[j] = stamp;
      }
    }
  }

  /** Move one activity of the window [0, size) of `list` to another place within its links. */
  private shift(list: Int32Array, size: number): void {
    const { position, net } = this;
    const m = list.length;
    for (let k = 0; k < m; k++) position[list[k]] = k;
    const from = this.rng.int(0, size - 1);
    const a = list[from];
    let lo = 0;
    let hi = Math.min(m, size) - 1;
    const bound = (p: number): void => {
      if (p < from) lo = Math.max(lo, p + 1);
      else hi = Math.min(hi, p - 1);
    };
    for (let e = net.predecessorOffsets[a]; e < net.predecessorOffsets[a + 1]; e++) {
      const b = net.predecessors[e];
      if (this.inList(list, b)) bound(position[b]);
    }
    for (let e = net.successorOffsets[a]; e < net.successorOffsets[a + 1]; e++) {
      const b = net.successors[e];
      if (this.inList(list, b)) bound(position[b]);
    }
    const to = lo + this.rng.int(0, Math.max(0, hi - lo));
    if (to < from) {
      list.copyWithin(to + 1, to, from);
      list[to] = a;
    } else if (to > from) {
      list.copyWithin(from, from + 1, to + 1);
      list[to] = a;
    }
  }

  private inList(list: Int32Array, j: number): boolean {
    const p = this.position[j];
    return p < list.length && list[p] === j;
  }
}
