import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkRcpspFeasibility,
  computeCpmTimes,
  ParallelSgs,
  prepareRcpspNetwork,
  priorityList,
  priorityValues,
  SerialSgs,
  solveRcpsp,
} from '@tandem/engine';
import { describe, expect, it } from 'vitest';
import { type PsplibInstance, psplibBoundsKey, readPsplibBounds, readPsplibSm } from './read-psplib';

const PSPLIB = join(import.meta.dirname, '../../../../../shared/benchmarks/psplib');
const present = existsSync(join(PSPLIB, 'j30')) && existsSync(join(PSPLIB, 'j60'));
if (!present) console.warn(`PSPLIB tests skipped: ${PSPLIB} (shared benchmark data) is absent`);

function readSet(set: string): PsplibInstance[] {
  const dir = join(PSPLIB, set);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sm'))
    .map((f) => readPsplibSm(readFileSync(join(dir, f), 'utf8'), f));
}

// 960 instances solved several times: seconds per test, more on a loaded machine (not a speed test)
describe.skipIf(!present)('PSPLIB j30 and j60 (shared benchmark data)', { timeout: 180_000 }, () => {
  const sets = present ? { j30: readSet('j30'), j60: readSet('j60') } : { j30: [], j60: [] };
  const j30opt = present ? readPsplibBounds(readFileSync(join(PSPLIB, 'j30opt.sm'), 'utf8')) : new Map();
  const j60lb = present ? readLowerBounds(readFileSync(join(PSPLIB, 'j60lb.sm'), 'utf8')) : new Map();

  it('reads all 480 + 480 instances, whose MPM-Time is the critical-path length', () => {
    expect(sets.j30).toHaveLength(480);
    expect(sets.j60).toHaveLength(480);
    for (const instance of [...sets.j30, ...sets.j60]) {
      expect(computeCpmTimes(instance).length, instance.name).toBe(instance.mpmTime);
    }
  });

  it.each([
    ['j30', 50],
    ['j60', 50],
    ['j30', 500],
    ['j60', 500],
  ] as const)('solves every %s instance with %i schedules into a feasible schedule', (set, schedules) => {
    for (const instance of sets[set]) {
      const result = solveRcpsp(instance, { schedules, seed: 7 });
      expect(checkRcpspFeasibility(instance, result.starts), instance.name).toEqual([]);
      expect(result.schedulesUsed).toBeLessThanOrEqual(schedules);
      const key = psplibBoundsKey(instance.name) ?? '';
      // A feasible schedule cannot beat a proven optimum or a lower bound.
      const floor = set === 'j30' ? j30opt.get(key) : (j60lb.get(key) ?? instance.mpmTime);
      expect(result.makespan, instance.name).toBeGreaterThanOrEqual(floor ?? instance.mpmTime);
    }
  });

  it('solves the first 48 j60 instances feasibly at 2,000 schedules, deterministically per seed', () => {
    for (const instance of sets.j60.slice(0, 48)) {
      const a = solveRcpsp(instance, { schedules: 2000, seed: 3 });
      expect(checkRcpspFeasibility(instance, a.starts), instance.name).toEqual([]);
      const b = solveRcpsp(instance, { schedules: 2000, seed: 3 });
      expect([...b.starts]).toEqual([...a.starts]);
    }
  });

  it('reproduces the single-pass LFT baselines of the data README (serial and parallel SGS)', () => {
    const average = (
      set: PsplibInstance[],
      reference: (i: PsplibInstance) => number,
      parallel: boolean,
    ): number => {
      let sum = 0;
      for (const instance of set) {
        const net = prepareRcpspNetwork(instance);
        const values = priorityValues(net, 'LFT');
        const makespan = parallel
          ? new ParallelSgs(net).decode(values)
          : new SerialSgs(net).decode(priorityList(net, values));
        sum += (100 * (makespan - reference(instance))) / reference(instance);
      }
      return sum / set.length;
    };
    const optimum = (i: PsplibInstance): number => j30opt.get(psplibBoundsKey(i.name) ?? '') ?? Number.NaN;
    const cpm = (i: PsplibInstance): number => i.mpmTime;
    expect(average(sets.j30, optimum, false).toFixed(2)).toBe('5.58');
    expect(average(sets.j30, optimum, true).toFixed(2)).toBe('4.39');
    expect(average(sets.j60, cpm, false).toFixed(2)).toBe('18.13');
    expect(average(sets.j60, cpm, true).toFixed(2)).toBe('17.46');
  });
});

/** LB column of `j60lb.sm` (Par Inst UB LB …), by `P_I`. */
function readLowerBounds(text: string): Map<string, number> {
  const bounds = new Map<string, number>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/.exec(line);
    if (m) bounds.set(`${Number(m[1])}_${Number(m[2])}`, Number(m[4]));
  }
  return bounds;
}
