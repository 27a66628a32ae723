import { mulberry32, type Prng } from '../random/prng';
import { ListOperators } from './list-operators';
import { ListSorter, shuffleTiedRuns } from './list-order';
import { ActivityListBuilder, priorityValues } from './priority-rules';
import type { RcpspNetwork } from './rcpsp-network';
import { hashStarts } from './schedule-hash';
import { SerialSgs } from './serial-sgs';

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

interface Population {
  readonly lists: Int32Array;
  /** Time of each activity in each list's direction (periods): each list runs by increasing key. */
  readonly keys: Int32Array;
  readonly makespans: Int32Array;
  readonly hashes: Uint32Array;
  count: number;
}

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
 * renewal of the non-elite when the search stalls.
 */
export class BiPopulationSearch {
  private readonly n: number;
  private readonly rng: Prng;
  private readonly ops: ListOperators;
  private readonly sgs: readonly [SerialSgs, SerialSgs];
  private readonly sorter: ListSorter;
  private readonly size: number;
  private readonly pops: readonly [Population, Population];
  private readonly nextLists: Int32Array;
  private readonly nextKeys: Int32Array;
  private readonly nextMakespans: Int32Array;
  private readonly nextHashes: Uint32Array;
  private readonly rank: Int32Array;
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
  /** Activities whose times must differ for two same-makespan individuals to count as distinct. */
  private readonly minDifferences: number;
  private readonly deferred: Int32Array;
  private readonly durations: Int32Array;
  private readonly random: () => number;

  constructor(net: RcpspNetwork, options: BiPopulationOptions) {
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
    this.minDifferences = Math.round(n * minDistance);
    this.durations = net.durations;
    this.rng = mulberry32(options.seed);
    const rng = this.rng;
    this.random = () => rng.next();
    this.ops = new ListOperators(net, this.rng);
    this.sgs = [new SerialSgs(net, 'forward'), new SerialSgs(net, 'backward')];
    this.sorter = new ListSorter(n, net.horizon);
    this.size = Math.max(2, options.populationSize ?? defaultPopulationSize(this.budget));
    const P = this.size;
    const population = (): Population => ({
      lists: new Int32Array(P * n),
      keys: new Int32Array(P * n),
      makespans: new Int32Array(P),
      hashes: new Uint32Array(P),
      count: 0,
    });
    this.pops = [population(), population()];
    this.nextLists = new Int32Array(2 * P * n);
    this.nextKeys = new Int32Array(2 * P * n);
    this.nextMakespans = new Int32Array(2 * P);
    this.nextHashes = new Uint32Array(2 * P);
    this.rank = new Int32Array(2 * P);
    this.deferred = new Int32Array(2 * P);
    this.forwardStarts = new Int32Array(n);
    this.bestStarts = new Int32Array(n);
    this.ruleValues = [priorityValues(net, 'LFT'), priorityValues(net, 'LST'), priorityValues(net, 'MTS')];
    this.listBuilder = new ActivityListBuilder(net);
  }

  /** Run until the budget is spent or the lower bound is reached. */
  run(): SearchResult {
    const left = this.pops[LEFT];
    const child = this.ops.child;
    // The LFT list first, then regret-biased samples of LFT, LST and MTS.
    this.listBuilder.priorityList(this.ruleValues[0], child);
    this.decodeInto(LEFT, child, left, 0);
    left.count = 1;
    this.renew(1, 0);
    let stall = 0;
    let lastBest = this.bestMakespan;
    while (this.running()) {
      this.generation(RIGHT);
      this.generation(LEFT);
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
      this.decodeInto(LEFT, child, left, i);
    }
    left.count = Math.max(left.count, i);
    let k = rightFrom;
    for (; k < left.count && this.running(); k++) {
      this.decodeInto(RIGHT, left.lists.subarray(k * n, (k + 1) * n), right, k);
    }
    right.count = Math.max(right.count, k);
  }

  /** Children of the other population, decoded in this population's direction, then survival. */
  private generation(target: number): void {
    const n = this.n;
    const pop = this.pops[target];
    const parents = this.pops[1 - target];
    if (parents.count < 1) return;
    this.nextLists.set(pop.lists.subarray(0, pop.count * n));
    this.nextKeys.set(pop.keys.subarray(0, pop.count * n));
    this.nextMakespans.set(pop.makespans.subarray(0, pop.count));
    this.nextHashes.set(pop.hashes.subarray(0, pop.count));
    let total = pop.count;
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
      this.nextMakespans[total] = this.decode(
        target,
        this.ops.child,
        this.nextLists.subarray(slot, slot + n),
        this.nextKeys.subarray(slot, slot + n),
      );
      this.nextHashes[total] = this.lastHash;
      total++;
    }
    this.survive(pop, total);
  }

  private decodeInto(direction: number, list: Int32Array, pop: Population, i: number): void {
    const n = this.n;
    const at = i * n;
    pop.makespans[i] = this.decode(
      direction,
      list,
      pop.lists.subarray(at, at + n),
      pop.keys.subarray(at, at + n),
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
  private decode(direction: number, list: Int32Array, out: Int32Array, outKeys: Int32Array): number {
    const sgs = this.sgs[direction];
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

  private tournament(pop: Population): number {
    const a = this.rng.int(0, pop.count - 1);
    const b = this.rng.int(0, pop.count - 1);
    return pop.makespans[b] < pop.makespans[a] ? b : a;
  }

  /**
   * Keep the best distinct schedules of the population and its children. A schedule close to a
   * kept one of the same makespan (fewer than `minDifferences` activities at other times) waits
   * until every farther one has been placed: the population then spreads over a plateau instead of
   * filling with near-copies that recombine into the same schedules.
   */
  private survive(pop: Population, total: number): void {
    const { rank, nextMakespans: ms, nextHashes: hs, nextKeys: keys, n, size: P } = this;
    for (let i = 0; i < total; i++) rank[i] = i;
    const order = rank.subarray(0, total);
    // Newer (children) first among equals, so the population keeps moving on plateaus.
    order.sort((a, b) => ms[a] - ms[b] || b - a);
    const minDifferences = this.minDifferences;
    let kept = 0;
    let deferred = 0;
    for (let x = 0; x < total && kept < P; x++) {
      const i = order[x];
      let duplicate = false;
      let near = false;
      for (let y = 0; y < kept; y++) {
        if (pop.makespans[y] !== ms[i]) continue;
        if (pop.hashes[y] === hs[i]) {
          duplicate = true;
          break;
        }
        if (near) continue;
        let differences = 0;
        for (let j = 0, a = i * n, b = y * n; j < n && differences < minDifferences; j++, a++, b++) {
          if (keys[a] !== pop.keys[b]) differences++;
        }
        near = differences < minDifferences;
      }
      if (duplicate) continue;
      if (near) this.deferred[deferred++] = i;
      else this.keep(pop, kept++, i);
    }
    // Near-copies fill what is left, best first, still without duplicates.
    for (let x = 0; x < deferred && kept < P; x++) {
      const i = this.deferred[x];
      let duplicate = false;
      for (let y = 0; y < kept && !duplicate; y++)
        duplicate = pop.makespans[y] === ms[i] && pop.hashes[y] === hs[i];
      if (!duplicate) this.keep(pop, kept++, i);
    }
    pop.count = kept;
  }

  /** Copy individual `i` of the survival pool to place `at` of the population. */
  private keep(pop: Population, at: number, i: number): void {
    const n = this.n;
    pop.lists.set(this.nextLists.subarray(i * n, (i + 1) * n), at * n);
    pop.keys.set(this.nextKeys.subarray(i * n, (i + 1) * n), at * n);
    pop.makespans[at] = this.nextMakespans[i];
    pop.hashes[at] = this.nextHashes[i];
  }
}
