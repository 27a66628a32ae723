import { mulberry32, type Prng } from '../random/prng';
import { ListOperators } from './list-operators';
import { ListSorter, shuffleTiedRuns } from './list-order';
import { ParallelListSgs } from './parallel-list-sgs';
import { createPopulation, PARALLEL, type Population, SERIAL, SurvivalPool } from './population';
import { ActivityListBuilder, priorityValues } from './priority-rules';
import type { RcpspNetwork } from './rcpsp-network';
import { hashStarts } from './schedule-hash';
import { SerialSgs } from './serial-sgs';
import { WindowSearch } from './window-search';

/** Settings of {@link BiPopulationSearch}. */
export interface BiPopulationOptions {
  /** Budget: number of serial SGS decodes, forward or backward. */
  readonly schedules: number;
  /** Seed of the pseudo-random generator; a seed gives one result. */
  readonly seed: number;
  /** Stop as soon as a schedule of this makespan is found (periods), e.g. the CPM bound. */
  readonly lowerBound?: number;
  /** Individuals in each of the two populations (default 30 at 1,000 schedules, growing as budget^0.75). */
  readonly populationSize?: number;
  /** Probability per position of a neighbour swap in a child (default 0.02). */
  readonly mutationRate?: number;
  /** Random shifts applied to each child (default 1). */
  readonly shifts?: number;
  /** Probability that a child comes from a peak crossover rather than a two-point one (default 0.5). */
  readonly peakRate?: number;
  /** Generations without a better best before the non-elite are renewed (default 40). */
  readonly stallLimit?: number;
  /**
   * Share of activities (0–1) whose time must differ from every kept individual of the same
   * makespan for a new one to take a place in survival ahead of near-copies (default 0.3).
   */
  readonly minDistance?: number;
  /**
   * Share of the budget (0–1) spent on the decomposition's window sub-problems ({@link WindowSearch}).
   * Default 0: measured on j60 at 5,000 schedules, no share tried beat the plain search (README).
   */
  readonly windowShare?: number;
  /** Share of the budget spent before the first window sub-problem (default 0.3). */
  readonly windowStart?: number;
  /**
   * Share (0–1) of the sampled individuals, initial or renewed, whose decoder gene is the parallel
   * SGS rather than the serial one (default 0.5). With `decoderFlip` 0 as well, only the serial SGS.
   */
  readonly parallelShare?: number;
  /** Probability (0–1) that a child's decoder gene differs from its mother's (default 0.1). */
  readonly decoderFlip?: number;
}

/** Result of a search: the best schedule found. */
export interface SearchResult {
  /** Start of every activity, periods. */
  readonly starts: Int32Array;
  /** Makespan, periods. */
  readonly makespan: number;
  /** Schedules generated (SGS decodes). */
  readonly schedulesUsed: number;
}

const LEFT = 0;
const RIGHT = 1;
/** Individuals of a window sub-problem's population. */
const WINDOW_POPULATION = 8;

/** Population size used when none is given: 30 at 1,000 schedules, ×5^0.75 per ×5 of budget. */
export function defaultPopulationSize(schedules: number): number {
  return Math.max(10, Math.min(600, Math.round(30 * (schedules / 1000) ** 0.75)));
}

/**
 * A bi-population genetic algorithm over activity lists (after Debels & Vanhoucke 2005, 2007),
 * with the peak crossover of Valls, Ballestín & Quintanilla (2008).
 *
 * One population holds left-justified schedules (forward serial SGS), the other right-justified
 * ones (backward serial SGS). Children of two right-justified parents, listed by start time, are
 * decoded forward; children of two left-justified parents, listed by decreasing finish, are decoded
 * backward. Every decode is thus a justification pass of a recombined schedule, and each counts as
 * one generated schedule. Two-point and peak crossover, swap and shift mutation, 2-tournament
 * selection, elitist replacement without duplicate schedules that keeps near-copies of a kept
 * schedule for last, tied activities in random order in every list passed on, and a seeded
 * renewal of the non-elite when the search stalls. Each individual carries a decoder gene
 * (self-adapting, after Hartmann 2002): its list was decoded by the serial SGS (active schedules)
 * or the parallel one (non-delay schedules); a child inherits its mother's gene, flipped with
 * probability `decoderFlip`, so selection settles the mix per instance.
 */
export class BiPopulationSearch {
  private readonly n: number;
  private readonly rng: Prng;
  private readonly ops: ListOperators;
  private readonly sgs: readonly [SerialSgs, SerialSgs];
  private readonly parallelSgs: readonly [ParallelListSgs, ParallelListSgs];
  private readonly parallelShare: number;
  private readonly decoderFlip: number;
  private readonly sorter: ListSorter;
  private readonly size: number;
  private readonly pops: readonly [Population, Population];
  private readonly pool: SurvivalPool;
  private readonly forwardStarts: Int32Array;
  private readonly ruleValues: Float64Array[];
  private readonly listBuilder: ActivityListBuilder;
  private readonly bestStarts: Int32Array;
  private bestMakespan = Number.MAX_SAFE_INTEGER;
  private used = 0;
  private lastHash = 0;
  private readonly budget: number;
  private readonly lowerBound: number;
  private readonly mutationRate: number;
  private readonly shifts: number;
  private readonly peakRate: number;
  private readonly stallLimit: number;
  private readonly durations: Int32Array;
  private readonly random: () => number;
  /** Created at the first window sub-problem. */
  private windows: WindowSearch | undefined;
  private readonly windowShare: number;
  private readonly windowStart: number;
  private readonly topological: Int32Array;
  private readonly reversedTopological: Int32Array;
  private windowTurn = 0;

  constructor(
    private readonly net: RcpspNetwork,
    options: BiPopulationOptions,
  ) {
    if (net.variableCapacity) throw new Error('BiPopulationSearch needs constant capacity');
    const n = net.n;
    this.n = n;
    this.budget = Math.max(1, Math.floor(options.schedules));
    this.lowerBound = options.lowerBound ?? 0;
    this.mutationRate = options.mutationRate ?? 0.02;
    this.shifts = options.shifts ?? 1;
    this.peakRate = options.peakRate ?? 0.5;
    this.stallLimit = options.stallLimit ?? 40;
    const minDistance = options.minDistance ?? 0.3;
    if (!(minDistance >= 0 && minDistance <= 1)) {
      throw new RangeError(`BiPopulationSearch: minDistance must be in [0, 1], got ${minDistance}`);
    }
    this.durations = net.durations;
    this.rng = mulberry32(options.seed);
    const rng = this.rng;
    this.random = () => rng.next();
    this.ops = new ListOperators(net, this.rng);
    this.sgs = [new SerialSgs(net, 'forward'), new SerialSgs(net, 'backward')];
    this.parallelSgs = [new ParallelListSgs(net, 'forward'), new ParallelListSgs(net, 'backward')];
    this.parallelShare = options.parallelShare ?? 0.5;
    this.decoderFlip = options.decoderFlip ?? 0.1;
    this.sorter = new ListSorter(n, net.horizon);
    this.size = Math.max(2, options.populationSize ?? defaultPopulationSize(this.budget));
    const P = this.size;
    this.pops = [createPopulation(P, n), createPopulation(P, n)];
    this.pool = new SurvivalPool(n, P, Math.round(n * minDistance));
    this.forwardStarts = new Int32Array(n);
    this.bestStarts = new Int32Array(n);
    this.ruleValues = [priorityValues(net, 'LFT'), priorityValues(net, 'LST'), priorityValues(net, 'MTS')];
    this.listBuilder = new ActivityListBuilder(net);
    this.windowShare = options.windowShare ?? 0;
    this.windowStart = options.windowStart ?? 0.3;
    for (const [name, value] of [
      ['windowShare', this.windowShare],
      ['windowStart', this.windowStart],
    ] as const) {
      if (!(value >= 0 && value < 1)) {
        throw new RangeError(`BiPopulationSearch: ${name} must be in [0, 1), got ${value}`);
      }
    }
    for (const [name, value] of [
      ['parallelShare', this.parallelShare],
      ['decoderFlip', this.decoderFlip],
    ] as const) {
      if (!(value >= 0 && value <= 1)) {
        throw new RangeError(`BiPopulationSearch: ${name} must be in [0, 1], got ${value}`);
      }
    }
    this.topological = net.topologicalOrder;
    this.reversedTopological = net.topologicalOrder.slice().reverse();
  }

  /** Run until the budget is spent or the lower bound is reached. */
  run(): SearchResult {
    const left = this.pops[LEFT];
    const child = this.ops.child;
    // The LFT list first, then regret-biased samples of LFT, LST and MTS.
    this.listBuilder.priorityList(this.ruleValues[0], child);
    this.decodeInto(LEFT, child, left, 0, SERIAL);
    left.decoders[0] = SERIAL;
    left.count = 1;
    this.renew(1, 0);
    let stall = 0;
    let lastBest = this.bestMakespan;
    while (this.running()) {
      const before = this.used;
      this.generation(RIGHT);
      this.generation(LEFT);
      if (this.windowShare > 0 && this.used >= this.windowStart * this.budget) {
        // Decomposition: as many schedules on one window as the share asks beside these generations.
        const share = Math.round(((this.used - before) * this.windowShare) / (1 - this.windowShare));
        this.decompose(this.windowTurn++ % 2 === 0 ? LEFT : RIGHT, share);
      }
      if (this.bestMakespan < lastBest) {
        lastBest = this.bestMakespan;
        stall = 0;
      } else if (++stall >= this.stallLimit) {
        const keep = Math.max(1, Math.floor(this.size / 10));
        this.renew(keep, keep);
        stall = 0;
      }
    }
    return { starts: this.bestStarts.slice(), makespan: this.bestMakespan, schedulesUsed: this.used };
  }

  private running(): boolean {
    return this.used < this.budget && this.bestMakespan > this.lowerBound;
  }

  /**
   * Refill the left population from index `from` on with biased samples decoded forward, and the
   * right one from `rightFrom` on with the backward decodes of the left individuals.
   */
  private renew(from: number, rightFrom: number): void {
    const [left, right] = this.pops;
    const n = this.n;
    const child = this.ops.child;
    let i = from;
    for (; i < this.size && this.running(); i++) {
      const values = this.ruleValues[this.rng.int(0, this.ruleValues.length - 1)];
      this.listBuilder.sample(values, this.rng, 1, child);
      const decoder = this.parallelShare > 0 && this.rng.next() < this.parallelShare ? PARALLEL : SERIAL;
      left.decoders[i] = decoder;
      this.decodeInto(LEFT, child, left, i, decoder);
    }
    left.count = Math.max(left.count, i);
    let k = rightFrom;
    for (; k < left.count && this.running(); k++) {
      // The justification of a sample is serial (parallel here too measured within noise).
      right.decoders[k] = left.decoders[k];
      this.decodeInto(RIGHT, left.lists.subarray(k * n, (k + 1) * n), right, k, SERIAL);
    }
    right.count = Math.max(right.count, k);
  }

  /** Children of the other population, decoded in this population's direction, then survival. */
  private generation(target: number): void {
    const n = this.n;
    const pop = this.pops[target];
    const parents = this.pops[1 - target];
    if (parents.count < 1) return;
    const pool = this.pool;
    let total = pool.load(pop);
    for (let c = 0; c < this.size && this.running(); c++) {
      const mother = this.tournament(parents);
      let father = this.tournament(parents);
      if (father === mother) father = this.tournament(parents);
      if (this.rng.next() < this.peakRate) {
        this.ops.peak(parents.lists, parents.keys, parents.makespans, mother, father);
      } else {
        this.ops.twoPoint(parents.lists, mother, father);
      }
      this.ops.swaps(this.mutationRate);
      for (let x = 0; x < this.shifts; x++) this.ops.shift();
      const slot = total * n;
      // Self-adapting decoder (Hartmann 2002): the mother's gene, flipped now and then.
      let decoder = parents.decoders[mother];
      if (this.decoderFlip > 0 && this.rng.next() < this.decoderFlip)
        decoder = decoder === PARALLEL ? SERIAL : PARALLEL;
      pool.decoders[total] = decoder;
      pool.makespans[total] = this.decode(
        target,
        this.ops.child,
        pool.lists.subarray(slot, slot + n),
        pool.keys.subarray(slot, slot + n),
        decoder,
      );
      pool.hashes[total] = this.lastHash;
      total++;
    }
    pool.survive(pop, total);
  }

  private decodeInto(direction: number, list: Int32Array, pop: Population, i: number, decoder: number): void {
    const n = this.n;
    const at = i * n;
    pop.makespans[i] = this.decode(
      direction,
      list,
      pop.lists.subarray(at, at + n),
      pop.keys.subarray(at, at + n),
      decoder,
    );
    pop.hashes[i] = this.lastHash;
  }

  /**
   * Decode `list` in a direction and write to `out` the list the other direction decodes next:
   * after a forward decode, activities by decreasing finish; after a backward one, by increasing
   * start. Ties keep the reverse of `list`, which keeps zero-duration activities in a valid order.
   * Activities of positive duration tied at one time are shuffled: a free source of diversity, as
   * their order decides which of them the next pass places first.
   * `outKeys` receives the sort key of each activity (its start in the next direction's time).
   */
  private decode(
    direction: number,
    list: Int32Array,
    out: Int32Array,
    outKeys: Int32Array,
    decoder: number,
  ): number {
    const sgs = decoder === PARALLEL ? this.parallelSgs[direction] : this.sgs[direction];
    const makespan = sgs.decode(list);
    this.used++;
    const keys = this.sorter.keys;
    const starts = this.forwardStarts;
    const finishes = sgs.finishes;
    for (let j = 0; j < keys.length; j++) keys[j] = makespan - finishes[j];
    this.sorter.sort(list, true, makespan, out);
    shuffleTiedRuns(out, keys, this.durations, this.random);
    outKeys.set(keys);
    // After a backward decode, makespan − reversed finish is the start in forward time.
    if (direction === LEFT) starts.set(sgs.starts);
    else starts.set(keys);
    if (makespan < this.bestMakespan) {
      this.bestMakespan = makespan;
      this.bestStarts.set(starts);
    }
    this.lastHash = hashStarts(starts);
    return makespan;
  }

  /**
   * Solve a window of the best schedule of a population as a sub-problem (forward for the
   * left-justified population, backward for the right-justified one) and offer the result to
   * that population's survival.
   */
  private decompose(target: number, budget: number): void {
    const n = this.n;
    const pop = this.pops[target];
    const spend = Math.min(budget, this.budget - this.used);
    if (pop.count < 1 || spend < 4 || n < 4) return;
    // Forward starts of the population's best (index 0 after survival).
    const makespan = pop.makespans[0];
    const starts = this.forwardStarts;
    for (let j = 0; j < n; j++) {
      const key = pop.keys[j];
      starts[j] = target === LEFT ? makespan - key - this.durations[j] : key;
    }
    // A window of 15–35 % of the activities, anywhere after the source.
    const size = Math.max(2, Math.round(n * (0.15 + 0.2 * this.rng.next())));
    const from = this.rng.int(1, n - size);
    this.windows ??= new WindowSearch(this.net, this.rng);
    const outcome = this.windows.improve(starts, makespan, {
      direction: target === LEFT ? 'forward' : 'backward',
      from,
      size,
      budget: spend,
      populationSize: WINDOW_POPULATION,
    });
    this.used += outcome.used;
    this.adopt(target, this.windows.starts, outcome.makespan);
  }

  /** Offer a schedule (forward starts) to a population's survival, as if a child of its generation. */
  private adopt(target: number, starts: Int32Array, makespan: number): void {
    const n = this.n;
    const pop = this.pops[target];
    if (makespan < this.bestMakespan) {
      this.bestMakespan = makespan;
      this.bestStarts.set(starts);
    }
    const pool = this.pool;
    const total = pool.load(pop);
    const keys = this.sorter.keys;
    const durations = this.durations;
    // The list the other direction decodes next: by decreasing finish, or by increasing start.
    for (let j = 0; j < n; j++) keys[j] = target === LEFT ? makespan - starts[j] - durations[j] : starts[j];
    const slot = total * n;
    const out = pool.lists.subarray(slot, slot + n);
    this.sorter.sort(target === LEFT ? this.reversedTopological : this.topological, false, makespan, out);
    shuffleTiedRuns(out, keys, durations, this.random);
    pool.keys.set(keys, slot);
    pool.makespans[total] = makespan;
    pool.hashes[total] = hashStarts(starts);
    pool.decoders[total] = SERIAL;
    pool.survive(pop, total + 1);
  }

  private tournament(pop: Population): number {
    const a = this.rng.int(0, pop.count - 1);
    const b = this.rng.int(0, pop.count - 1);
    return pop.makespans[b] < pop.makespans[a] ? b : a;
  }
}
