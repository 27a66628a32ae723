import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mspdiPlan, mspdiTask } from './mspdi-plan.testkit';
import { registerSimulate } from './simulate';
import { parseEstimateDuration, parseUncertainty } from './simulate-estimates';

/** Design (5 days) then Build (10 days), from Monday 8 January 2024; Docs (2 days) in parallel. */
const PLAN = mspdiPlan(
  `${mspdiTask(1, 'Design', 40)}${mspdiTask(2, 'Build', 80, 1)}${mspdiTask(3, 'Docs', 16)}`,
);

let dir: string;
let output: string[];

async function run(...args: string[]): Promise<string> {
  const program = new Command().exitOverride();
  registerSimulate(program);
  output = [];
  await program.parseAsync(['node', 'tandem', 'simulate', ...args]);
  return output.join('');
}

describe('tandem simulate', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-simulate-'));
    writeFileSync(join(dir, 'plan.xml'), PLAN);
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    });
  });
  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints P10–P90 around the deterministic finish and Design/Build as always critical', async () => {
    const json = JSON.parse(await run(join(dir, 'plan.xml'), '--iterations', '2000', '--json'));
    // deterministic: Design Mon 8 – Fri 12 Jan, Build Mon 15 – Fri 26 Jan 17:00
    expect(json.deterministicFinish).toBe('2024-01-26T17:00:00');
    // −10 % … +30 % of 15 days: the finish lies between 13.5 and 19.5 working days after the start
    for (const key of ['p10', 'p50', 'p80', 'p90']) {
      expect(json[key] >= '2024-01-24T12:00:00' && json[key] <= '2024-02-02T13:00:00').toBe(true);
    }
    expect(json.p10 <= json.p50 && json.p50 <= json.p80 && json.p80 <= json.p90).toBe(true);
    // the mode is the deterministic duration, the tail is to the right: P50 is later than it
    expect(json.p50 > json.deterministicFinish).toBe(true);
    expect(json.criticality).toEqual({ '1': 1, '2': 1, '3': 0 });
  });

  it('is reproducible with a seed and equals the deterministic finish with no uncertainty', async () => {
    const a = await run(join(dir, 'plan.xml'), '--iterations', '500', '--seed', '7', '--json');
    const b = await run(join(dir, 'plan.xml'), '--iterations', '500', '--seed', '7', '--json');
    expect(a).toBe(b);
    const flat = JSON.parse(
      await run(join(dir, 'plan.xml'), '--iterations', '50', '--uncertainty=0,0', '--json'),
    );
    expect([flat.p10, flat.p90]).toEqual(['2024-01-26T17:00:00', '2024-01-26T17:00:00']);
  });

  it('prints a readable report', async () => {
    const text = await run(join(dir, 'plan.xml'), '--iterations', '200');
    expect(text).toMatch(/^200 iterations \(seed 1\)/);
    expect(text).toMatch(/P80 2024-0/);
    expect(text).toMatch(/100\.0 %\s+1\s+Design/);
  });

  it('rejects a bad --uncertainty and --iterations with the option named', async () => {
    await expect(run(join(dir, 'plan.xml'), '--uncertainty=30,-10')).rejects.toThrow(/--uncertainty/);
    await expect(run(join(dir, 'plan.xml'), '--iterations', '0')).rejects.toThrow(/--iterations/);
    expect(() => parseUncertainty('ten')).toThrow(/LOW,HIGH/);
  });
});

describe('parseEstimateDuration', () => {
  it('reads MSPDI durations', () => {
    expect(parseEstimateDuration('PT8H30M0S')).toBe(510);
    expect(parseEstimateDuration('P1DT2H')).toBe(1560);
    expect(parseEstimateDuration('five days')).toBeNull();
  });
});
