import fc from 'fast-check';
import type { RcpspInstance } from './rcpsp.types';

/** Build an instance from plain arrays: arcs as [predecessor, successor] pairs. */
export function buildInstance(spec: {
  durations: number[];
  requests: number[][];
  capacities: number[];
  arcs: [number, number][];
}): RcpspInstance {
  const n = spec.durations.length;
  const R = spec.capacities.length;
  const successorOffsets = new Int32Array(n + 1);
  const sorted = [...spec.arcs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [from] of sorted) successorOffsets[from + 1]++;
  for (let j = 0; j < n; j++) successorOffsets[j + 1] += successorOffsets[j];
  return {
    activityCount: n,
    resourceCount: R,
    durations: Int32Array.from(spec.durations),
    successorOffsets,
    successors: Int32Array.from(sorted.map(([, to]) => to)),
    requests: Int32Array.from(spec.requests.flat()),
    capacities: Int32Array.from(spec.capacities),
  };
}

/**
 * The hand-reasoned instance of the SGS tests: one resource of capacity 3; activity 0 is the
 * source, 4 the sink; 1 (3 periods, 2 units), 2 (2 periods, 1 unit), 3 (2 periods, 2 units), 2 → 3.
 */
export const SMALL_INSTANCE = buildInstance({
  durations: [0, 3, 2, 2, 0],
  requests: [[0], [2], [1], [2], [0]],
  capacities: [3],
  arcs: [
    [0, 1],
    [0, 2],
    [1, 4],
    [2, 3],
    [3, 4],
  ],
});

/**
 * Random PSPLIB-like instances: source 0, sink n-1, arcs only from lower to higher numbers (so
 * acyclic), every real activity linked to the dummies when it has no other predecessor/successor,
 * requests within capacity, some zero-duration real activities.
 */
export const instanceArbitrary: fc.Arbitrary<RcpspInstance> = fc
  .record({
    real: fc.integer({ min: 1, max: 12 }),
    resources: fc.integer({ min: 1, max: 3 }),
    seed: fc.integer({ min: 0, max: 0x7fffffff }),
  })
  .map(({ real, resources, seed }) => {
    let state = seed;
    const rand = (k: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % k;
    };
    const n = real + 2;
    const capacities = Array.from({ length: resources }, () => 1 + rand(6));
    const durations = [0];
    const requests: number[][] = [capacities.map(() => 0)];
    for (let j = 1; j <= real; j++) {
      durations.push(rand(5) === 0 ? 0 : 1 + rand(6));
      requests.push(capacities.map((c) => rand(c + 1)));
    }
    durations.push(0);
    requests.push(capacities.map(() => 0));
    const arcs: [number, number][] = [];
    for (let i = 1; i <= real; i++) {
      for (let j = i + 1; j <= real; j++) if (rand(4) === 0) arcs.push([i, j]);
    }
    for (let j = 1; j <= real; j++) {
      if (!arcs.some(([, to]) => to === j)) arcs.push([0, j]);
      if (!arcs.some(([from]) => from === j)) arcs.push([j, n - 1]);
    }
    return buildInstance({ durations, requests, capacities, arcs });
  });
