import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatBenchPsplib, runBenchPsplib, spreadSubset } from './bench-psplib';

// Two PSPLIB-layout instances on one resource of capacity 3 (CPM bound 4): activity 1 (3 periods,
// 2 units) and the chain 2 → 3 (2 + 2 periods). In the first (2 and 3 take 1 and 2 units), 1 runs
// beside 2, then 3: 5 periods. In the second (2 and 3 take 2 and 3 units) no two activities can
// overlap: 3 + 2 + 2 = 7 periods.
function smFile(request2: number, request3: number): string {
  return `************************************************************************
jobs (incl. supersource/sink ):  5
horizon                       :  7
RESOURCES
  - renewable                 :  1   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PROJECT INFORMATION:
pronr.  #jobs rel.date duedate tardcost  MPM-Time
    1      3      0        4        1        4
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          2           2   3
   2        1          1           5
   3        1          1           4
   4        1          1           5
   5        1          0
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1
------------------------------------------------------------------------
  1      1     0       0
  2      1     3       2
  3      1     2       ${request2}
  4      1     2       ${request3}
  5      1     0       0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1
    3
************************************************************************
`;
}

describe('tandem bench psplib', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-psplib-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(tables, { recursive: true, force: true });
  });
  writeFileSync(join(dir, 'j301_1.sm'), smFile(1, 2));
  writeFileSync(join(dir, 'j301_2.sm'), smFile(2, 3));
  const tables = mkdtempSync(join(tmpdir(), 'tandem-psplib-bounds-'));
  const bounds = join(tables, 'opt.sm');
  writeFileSync(bounds, 'Paramter Instance Makespan\n1 1 5 0.1\n1 2 7 0.1\n');

  it('solves every instance and reports deviations from the CPM bound and the bounds table', () => {
    const report = runBenchPsplib(dir, { schedules: 100, seed: 1, bounds });
    expect(report.instances.map((r) => [r.name, r.makespan])).toEqual([
      ['j301_1', 5],
      ['j301_2', 7],
    ]);
    const [set] = report.sets;
    expect(set.set).toBe('j30');
    // (5 − 4)/4 = 25 %, (7 − 4)/4 = 75 %: 50 % on average.
    expect(set.avgDeviationFromCpm).toBeCloseTo(50, 10);
    expect(set.avgDeviationFromBounds).toBe(0);
    expect(set.boundHits).toBe(2);
    const text = formatBenchPsplib(report);
    expect(text.trimEnd().split('\n').at(-1)).toBe('avg deviation from CPM bound: 50.00% over 2 instances');
    expect(text).toContain('avg deviation from opt.sm: 0.000% over 2 instances');
  });

  it('solves only the instances --limit picks', () => {
    const report = runBenchPsplib(dir, { schedules: 100, seed: 1, limit: 1 });
    expect(report.instances.map((r) => r.name)).toEqual(['j301_1']);
    expect(report.summary).toBe('avg deviation from CPM bound: 25.00% over 1 instances');
  });

  it('names a folder without instances', () => {
    const empty = mkdtempSync(join(tmpdir(), 'tandem-psplib-empty-'));
    try {
      expect(() => runBenchPsplib(empty, { schedules: 10, seed: 1 })).toThrow(/no \.sm files/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('spreadSubset', () => {
  const files = Array.from({ length: 480 }, (_, i) => i);

  it('takes one item in every ten when 48 of 480 are asked for (one per PSPLIB parameter set)', () => {
    const picked = spreadSubset(files, 48);
    expect(picked).toHaveLength(48);
    expect(picked.slice(0, 3)).toEqual([0, 10, 20]);
    expect(picked.at(-1)).toBe(470);
  });

  it('keeps every item without a limit or with a limit above the count', () => {
    expect(spreadSubset(files, undefined)).toHaveLength(480);
    expect(spreadSubset([1, 2], 5)).toEqual([1, 2]);
  });

  it('rejects a limit below one', () => {
    expect(() => spreadSubset(files, 0)).toThrow(/limit must be a whole number ≥ 1, got 0/);
  });
});
