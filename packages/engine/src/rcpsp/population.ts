/** Individuals of one population of {@link BiPopulationSearch}, n entries per list. */
export interface Population {
  readonly lists: Int32Array;
  /** Time of each activity in each list's direction (periods): each list runs by increasing key. */
  readonly keys: Int32Array;
  readonly makespans: Int32Array;
  readonly hashes: Uint32Array;
  /** Decoder gene of each individual: {@link SERIAL} or {@link PARALLEL} SGS decoded it. */
  readonly decoders: Uint8Array;
  count: number;
}

/** Decoder gene: the serial SGS (active schedules). */
export const SERIAL = 0;
/** Decoder gene: the parallel SGS (non-delay schedules). */
export const PARALLEL = 1;

/** An empty population of `size` individuals of `n` activities. */
export function createPopulation(size: number, n: number): Population {
  return {
    lists: new Int32Array(size * n),
    keys: new Int32Array(size * n),
    makespans: new Int32Array(size),
    hashes: new Uint32Array(size),
    decoders: new Uint8Array(size),
    count: 0,
  };
}

/**
 * The survival pool: a population's individuals followed by the candidates of a generation, and
 * the elitist replacement that picks the next population from them. Buffers allocated once.
 */
export class SurvivalPool {
  /** Candidates: the population copied first by {@link load}, then each new one after. */
  readonly lists: Int32Array;
  readonly keys: Int32Array;
  readonly makespans: Int32Array;
  readonly hashes: Uint32Array;
  readonly decoders: Uint8Array;
  private readonly rank: Int32Array;
  private readonly deferred: Int32Array;

  /**
   * @param n activities per list
   * @param size individuals per population (the pool holds twice as many)
   * @param minDifferences activities whose times must differ for two same-makespan individuals to
   * count as distinct
   */
  constructor(
    private readonly n: number,
    private readonly size: number,
    private readonly minDifferences: number,
  ) {
    this.lists = new Int32Array(2 * size * n);
    this.keys = new Int32Array(2 * size * n);
    this.makespans = new Int32Array(2 * size);
    this.hashes = new Uint32Array(2 * size);
    this.decoders = new Uint8Array(2 * size);
    this.rank = new Int32Array(2 * size);
    this.deferred = new Int32Array(2 * size);
  }

  /** Copy a population to the front of the pool; returns its count (where candidates go next). */
  load(pop: Population): number {
    const n = this.n;
    this.lists.set(pop.lists.subarray(0, pop.count * n));
    this.keys.set(pop.keys.subarray(0, pop.count * n));
    this.makespans.set(pop.makespans.subarray(0, pop.count));
    this.hashes.set(pop.hashes.subarray(0, pop.count));
    this.decoders.set(pop.decoders.subarray(0, pop.count));
    return pop.count;
  }

  /**
   * Keep the best distinct schedules of the first `total` of the pool. A schedule close to a kept
   * one of the same makespan (fewer than `minDifferences` activities at other times) waits until
   * every farther one has been placed: the population then spreads over a plateau instead of
   * filling with near-copies that recombine into the same schedules.
   */
  survive(pop: Population, total: number): void {
    const { rank, makespans: ms, hashes: hs, keys, n, size: P } = this;
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

  /** Copy candidate `i` of the pool to place `at` of the population. */
  private keep(pop: Population, at: number, i: number): void {
    const n = this.n;
    pop.lists.set(this.lists.subarray(i * n, (i + 1) * n), at * n);
    pop.keys.set(this.keys.subarray(i * n, (i + 1) * n), at * n);
    pop.makespans[at] = this.makespans[i];
    pop.hashes[at] = this.hashes[i];
    pop.decoders[at] = this.decoders[i];
  }
}
