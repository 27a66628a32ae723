import { mulberry32, type Prng } from '../random/prng';
import type { SearchResult } from './bi-population-search';
import { Justifier } from './justification';
import { ListOperators } from './list-operators';
import { ActivityListBuilder, priorityValues } from './priority-rules';
import type { RcpspNetwork } from './rcpsp-network';
import { hashStarts } from './schedule-hash';
import { SerialSgs } from './serial-sgs';

/** Settings of {@link GeneticSearch}. */
export interface GeneticOptions {
  /** Budget: number of serial SGS decodes (each justification pass counts as one). */
  readonly schedules: number;
  /** Seed of the pseudo-random generator; a seed gives one result. */
  readonly seed: number;
  /** Stop as soon as a schedule of this makespan is found (periods), e.g. the CPM bound. */
  readonly lowerBound?: number;
  /** Individuals in the population (default grows with the budget). */
  readonly populationSize?: number;
}

/**
 * A genetic algorithm over activity lists with double justification (Hartmann 1998; Valls,
 * Ballestín & Quintanilla 2005): serial SGS decoding, every child justified forward-backward and
 * replaced by its justified list, two-point crossover, swap and shift mutation, 2-tournament
 * selection, elitist replacement without duplicate schedules, and renewal of the non-elite from
 * biased samples when the search stalls. With capacity varying over time it runs without
 * justification (a backward pass would need the capacity mirrored in time).
 */
export class GeneticSearch {
  private readonly n: number;
  private readonly rng: Prng;
  private readonly ops: ListOperators;
  private readonly sgs: SerialSgs;
  private readonly justifier: Justifier | null;
  private readonly size: number;
  private readonly lists: Int32Array;
  private readonly makespans: Int32Array;
  private readonly hashes: Uint32Array;
  private readonly nextLists: Int32Array;
  private readonly nextMakespans: Int32Array;
  private readonly nextHashes: Uint32Array;
  private readonly rank: Int32Array;
  private readonly ruleValues: Float64Array[];
  private readonly listBuilder: ActivityListBuilder;
  private readonly bestStarts: Int32Array;
  private bestMakespan = Number.MAX_SAFE_INTEGER;
  private used = 0;
  private lastHash = 0;
  private readonly budget: number;
  private readonly lowerBound: number;

  constructor(net: RcpspNetwork, options: GeneticOptions) {
    const n = net.n;
    this.n = n;
    this.budget = Math.max(1, Math.floor(options.schedules));
    this.lowerBound = options.lowerBound ?? 0;
    this.rng = mulberry32(options.seed);
    this.ops = new ListOperators(net, this.rng);
    this.sgs = new SerialSgs(net);
    this.justifier = net.variableCapacity ? null : new Justifier(net, this.sgs);
    const perIndividual = this.justifier ? 3 : 1;
    const defaultSize = Math.round(Math.sqrt(this.budget / perIndividual) * 1.6);
    this.size = Math.max(2, options.populationSize ?? Math.min(200, Math.max(10, defaultSize)));
    const P = this.size;
    this.lists = new Int32Array(P * n);
    this.makespans = new Int32Array(P);
    this.hashes = new Uint32Array(P);
    this.nextLists = new Int32Array(2 * P * n);
    this.nextMakespans = new Int32Array(2 * P);
    this.nextHashes = new Uint32Array(2 * P);
    this.rank = new Int32Array(2 * P);
    this.bestStarts = new Int32Array(n);
    this.ruleValues = [priorityValues(net, 'LFT'), priorityValues(net, 'LST'), priorityValues(net, 'MTS')];
    this.listBuilder = new ActivityListBuilder(net);
  }

  /** Run until the budget is spent or the lower bound is reached. */
  run(): SearchResult {
    const P = this.size;
    const n = this.n;
    const child = this.ops.child;
    this.listBuilder.priorityList(this.ruleValues[0], child);
    this.makespans[0] = this.evaluate(child, this.lists.subarray(0, n));
    this.hashes[0] = this.lastHash;
    let count = 1;
    for (; count < P && this.running(); count++) this.sampleInto(count);
    let stall = 0;
    let lastBest = this.bestMakespan;
    while (this.running()) {
      this.nextLists.set(this.lists.subarray(0, count * n));
      this.nextMakespans.set(this.makespans.subarray(0, count));
      this.nextHashes.set(this.hashes.subarray(0, count));
      let total = count;
      for (let c = 0; c < P && this.running(); c++) {
        const mother = this.tournament(count);
        let father = this.tournament(count);
        if (father === mother) father = this.tournament(count);
        this.ops.twoPoint(this.lists, mother, father);
        this.ops.swaps(0.05);
        this.ops.shift();
        this.nextMakespans[total] = this.evaluate(child, this.nextLists.subarray(total * n, (total + 1) * n));
        this.nextHashes[total] = this.lastHash;
        total++;
      }
      count = this.survive(total);
      if (this.bestMakespan < lastBest) {
        lastBest = this.bestMakespan;
        stall = 0;
      } else if (++stall >= 8) {
        let i = Math.max(1, Math.floor(P / 10));
        for (; i < P && this.running(); i++) this.sampleInto(i);
        count = Math.max(count, i);
        stall = 0;
      }
    }
    return { starts: this.bestStarts.slice(), makespan: this.bestMakespan, schedulesUsed: this.used };
  }

  private running(): boolean {
    return this.used < this.budget && this.bestMakespan > this.lowerBound;
  }

  private sampleInto(i: number): void {
    const n = this.n;
    const values = this.ruleValues[this.rng.int(0, this.ruleValues.length - 1)];
    this.listBuilder.sample(values, this.rng, 1, this.ops.child);
    this.makespans[i] = this.evaluate(this.ops.child, this.lists.subarray(i * n, (i + 1) * n));
    this.hashes[i] = this.lastHash;
  }

  /** Decode `list`, justify when the budget allows, write the resulting list to `out`. */
  private evaluate(list: Int32Array, out: Int32Array): number {
    let makespan = this.sgs.decode(list);
    this.used++;
    if (this.justifier && this.used + 2 <= this.budget) {
      makespan = this.justifier.improve(list, makespan, out);
      this.used += 2;
    } else {
      out.set(list);
    }
    const starts = this.sgs.starts;
    if (makespan < this.bestMakespan) {
      this.bestMakespan = makespan;
      this.bestStarts.set(starts);
    }
    this.lastHash = hashStarts(starts);
    return makespan;
  }

  private tournament(count: number): number {
    const a = this.rng.int(0, count - 1);
    const b = this.rng.int(0, count - 1);
    return this.makespans[b] < this.makespans[a] ? b : a;
  }

  /** Keep the best distinct schedules of parents and children as the new population. */
  private survive(total: number): number {
    const { rank, nextMakespans: ms, nextHashes: hs, n, size: P } = this;
    for (let i = 0; i < total; i++) rank[i] = i;
    const order = rank.subarray(0, total);
    order.sort((a, b) => ms[a] - ms[b] || b - a);
    let kept = 0;
    for (let x = 0; x < total && kept < P; x++) {
      const i = order[x];
      let duplicate = false;
      for (let y = 0; y < kept && !duplicate; y++) {
        duplicate = this.makespans[y] === ms[i] && this.hashes[y] === hs[i];
      }
      if (duplicate) continue;
      this.lists.set(this.nextLists.subarray(i * n, (i + 1) * n), kept * n);
      this.makespans[kept] = ms[i];
      this.hashes[kept] = hs[i];
      kept++;
    }
    return kept;
  }
}
