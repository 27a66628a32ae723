import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/prng';
import { checkRcpspFeasibility } from './check-feasibility';
import { instanceArbitrary, SMALL_INSTANCE } from './rcpsp.testkit';
import { prepareRcpspNetwork } from './rcpsp-network';
import { SerialSgs } from './serial-sgs';
import { WindowSearch } from './window-search';

describe('WindowSearch', () => {
  it('never returns a worse or infeasible schedule, and stays within its budget', () => {
    fc.assert(
      fc.property(
        instanceArbitrary,
        fc.constantFrom('forward' as const, 'backward' as const),
        fc.nat(),
        fc.integer({ min: 3, max: 60 }),
        (instance, direction, seed, budget) => {
          const net = prepareRcpspNetwork(instance);
          if (net.variableCapacity) return;
          const sgs = new SerialSgs(net);
          // A plain starting point: the topological order, lowest number first.
          const makespan = sgs.decode(net.topologicalOrder);
          const rng = mulberry32(seed);
          const size = rng.int(1, net.n);
          const from = rng.int(0, net.n - size);
          const search = new WindowSearch(net, rng);
          const outcome = search.improve(sgs.starts, makespan, {
            direction,
            from,
            size,
            budget,
            populationSize: 4,
          });
          expect(outcome.makespan).toBeLessThanOrEqual(makespan);
          expect(outcome.used).toBeLessThanOrEqual(budget);
          expect(checkRcpspFeasibility(instance, search.starts)).toEqual([]);
          const sink = net.n - 1;
          expect(search.starts[sink] + net.durations[sink]).toBe(outcome.makespan);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('re-sequences a window of a poor schedule into the optimum, the prefix kept', () => {
    const net = prepareRcpspNetwork(SMALL_INSTANCE);
    const sgs = new SerialSgs(net);
    // 2 and 3 first leave 1 (2 units) waiting until 4: makespan 7 against an optimum of 5.
    expect(sgs.decode(Int32Array.from([0, 2, 3, 1, 4]))).toBe(7);
    for (const direction of ['forward', 'backward'] as const) {
      const search = new WindowSearch(net, mulberry32(3));
      const outcome = search.improve(sgs.starts, 7, {
        direction,
        from: 1,
        size: 3,
        budget: 40,
        populationSize: 4,
      });
      expect(outcome.makespan).toBe(5);
      expect(checkRcpspFeasibility(SMALL_INSTANCE, search.starts)).toEqual([]);
    }
  });

  it('names the window or budget that does not fit', () => {
    const net = prepareRcpspNetwork(SMALL_INSTANCE);
    const search = new WindowSearch(net, mulberry32(1));
    const starts = Int32Array.from([0, 0, 0, 3, 5]);
    const settings = { direction: 'forward' as const, from: 3, size: 3, budget: 10, populationSize: 4 };
    expect(() => search.improve(starts, 5, settings)).toThrow(/window \[3, 6\) is not within 0..5/);
    expect(() => search.improve(starts, 5, { ...settings, from: 0, budget: 2 })).toThrow(
      /budget \(2\) must be ≥ 3/,
    );
  });
});
