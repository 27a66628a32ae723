import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BiPopulationSearch } from './bi-population-search';
import { checkRcpspFeasibility } from './check-feasibility';
import { instanceArbitrary, SMALL_INSTANCE } from './rcpsp.testkit';
import { prepareRcpspNetwork } from './rcpsp-network';

describe('BiPopulationSearch', () => {
  it('returns feasible schedules within the budget whatever the distance and decoder mix', () => {
    fc.assert(
      fc.property(
        instanceArbitrary,
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom(0, 0.3, 1),
        fc.constantFrom([0, 0], [0.5, 0.1], [1, 0], [0, 1]),
        fc.nat(),
        (instance, schedules, minDistance, [parallelShare, decoderFlip], seed) => {
          const net = prepareRcpspNetwork(instance);
          if (net.variableCapacity) return;
          const result = new BiPopulationSearch(net, {
            schedules,
            seed,
            minDistance,
            parallelShare,
            decoderFlip,
            populationSize: 6,
          }).run();
          expect(checkRcpspFeasibility(instance, result.starts)).toEqual([]);
          expect(result.schedulesUsed).toBeLessThanOrEqual(schedules);
          const sink = instance.activityCount - 1;
          expect(result.starts[sink] + instance.durations[sink]).toBe(result.makespan);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('spends the whole budget when no lower bound stops it, the same way for the same seed', () => {
    const net = prepareRcpspNetwork(SMALL_INSTANCE);
    const a = new BiPopulationSearch(net, { schedules: 120, seed: 5 }).run();
    const b = new BiPopulationSearch(net, { schedules: 120, seed: 5 }).run();
    expect(a.schedulesUsed).toBe(120);
    expect(a.makespan).toBe(5);
    expect([...b.starts]).toEqual([...a.starts]);
  });

  it('keeps schedules feasible and within the budget when windows take a share of it', () => {
    fc.assert(
      fc.property(
        instanceArbitrary,
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom(0.2, 0.5, 0.9),
        fc.nat(),
        (instance, schedules, windowShare, seed) => {
          const net = prepareRcpspNetwork(instance);
          if (net.variableCapacity) return;
          const result = new BiPopulationSearch(net, {
            schedules,
            seed,
            windowShare,
            windowStart: 0,
            populationSize: 6,
          }).run();
          expect(checkRcpspFeasibility(instance, result.starts)).toEqual([]);
          expect(result.schedulesUsed).toBeLessThanOrEqual(schedules);
          const sink = instance.activityCount - 1;
          expect(result.starts[sink] + instance.durations[sink]).toBe(result.makespan);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('rejects a window share or start outside [0, 1)', () => {
    const net = prepareRcpspNetwork(SMALL_INSTANCE);
    expect(() => new BiPopulationSearch(net, { schedules: 10, seed: 1, windowShare: 1 })).toThrow(
      /windowShare must be in \[0, 1\), got 1/,
    );
    expect(() => new BiPopulationSearch(net, { schedules: 10, seed: 1, windowStart: -0.1 })).toThrow(
      /windowStart must be in \[0, 1\), got -0.1/,
    );
  });

  it('rejects a parallel share or decoder flip outside [0, 1]', () => {
    const net = prepareRcpspNetwork(SMALL_INSTANCE);
    expect(() => new BiPopulationSearch(net, { schedules: 10, seed: 1, parallelShare: 2 })).toThrow(
      /parallelShare must be in \[0, 1\], got 2/,
    );
    expect(() => new BiPopulationSearch(net, { schedules: 10, seed: 1, decoderFlip: Number.NaN })).toThrow(
      /decoderFlip must be in \[0, 1\], got NaN/,
    );
  });

  it('rejects a minimum distance outside [0, 1]', () => {
    const net = prepareRcpspNetwork(SMALL_INSTANCE);
    expect(() => new BiPopulationSearch(net, { schedules: 10, seed: 1, minDistance: 1.5 })).toThrow(
      /minDistance must be in \[0, 1\], got 1.5/,
    );
  });
});
