import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRcpspFeasibility } from './check-feasibility';
import { cpmLowerBound } from './cpm-bound';
import { instanceArbitrary, SMALL_INSTANCE } from './rcpsp.testkit';
import { solveRcpsp } from './solve';

describe('solveRcpsp', () => {
  it('finds the optimum of the small instance (5 periods: 1 beside 2, then 3)', () => {
    const result = solveRcpsp(SMALL_INSTANCE, { schedules: 50, seed: 1 });
    expect(result.makespan).toBe(5);
    expect(checkRcpspFeasibility(SMALL_INSTANCE, result.starts)).toEqual([]);
  });

  it('returns feasible schedules that end at the reported makespan, within the budget', () => {
    fc.assert(
      fc.property(
        instanceArbitrary,
        fc.integer({ min: 1, max: 300 }),
        fc.nat(),
        (instance, schedules, seed) => {
          const result = solveRcpsp(instance, { schedules, seed });
          expect(checkRcpspFeasibility(instance, result.starts)).toEqual([]);
          const sink = instance.activityCount - 1;
          expect(result.starts[sink] + instance.durations[sink]).toBe(result.makespan);
          expect(result.makespan).toBeGreaterThanOrEqual(cpmLowerBound(instance));
          expect(result.schedulesUsed).toBeLessThanOrEqual(schedules);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same schedule for the same seed', () => {
    fc.assert(
      fc.property(instanceArbitrary, fc.nat(), (instance, seed) => {
        const a = solveRcpsp(instance, { schedules: 200, seed });
        const b = solveRcpsp(instance, { schedules: 200, seed });
        expect([...a.starts]).toEqual([...b.starts]);
        expect(a.schedulesUsed).toBe(b.schedulesUsed);
      }),
      { numRuns: 50 },
    );
  });

  it('respects capacity that varies over time', () => {
    fc.assert(
      fc.property(instanceArbitrary, fc.nat(), (base, seed) => {
        const R = base.resourceCount;
        const periods = 6;
        // Capacity drops to half for periods 2–5, never below the largest request (kept ≥ 0).
        const values = new Int32Array(periods * R);
        for (let t = 0; t < periods; t++) {
          for (let r = 0; r < R; r++)
            values[t * R + r] = t >= 2 ? Math.floor(base.capacities[r] / 2) : base.capacities[r];
        }
        const instance = { ...base, capacityOverTime: { periods, values } };
        const result = solveRcpsp(instance, { schedules: 100, seed });
        expect(checkRcpspFeasibility(instance, result.starts)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects a budget below one schedule', () => {
    expect(() => solveRcpsp(SMALL_INSTANCE, { schedules: 0, seed: 1 })).toThrow(/schedules must be ≥ 1/);
  });
});
