import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { mspdiPlan, mspdiTask } from '../src/commands/mspdi-plan.testkit';

const bin = fileURLToPath(new URL('../bin/tandem.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tandem-bundle-'));
const cache = join(dir, 'cache');
const plan = join(dir, 'plan.xml');
writeFileSync(plan, mspdiPlan(mspdiTask(1, 'Build', 16) + mspdiTask(2, 'Test', 8, 1)));
const bundle = join(cache, 'schedule.mjs');
const manifest = join(cache, 'schedule.inputs.json');

function schedule(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [bin, 'schedule', plan, '--json'], {
    encoding: 'utf8',
    env: { ...process.env, TANDEM_BUNDLE_CACHE: cache, ...env },
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tandem schedule from its cached bundle', { timeout: 120_000 }, () => {
  it('prints what the sources print, run through tsx', () => {
    const fromSources = schedule({ TANDEM_NO_BUNDLE: '1' });
    expect(() => statSync(bundle)).toThrow();
    expect(schedule({})).toBe(fromSources);
    expect(statSync(bundle).size).toBeGreaterThan(0);
    const inputs = (JSON.parse(readFileSync(manifest, 'utf8')) as { inputs: [string][] }).inputs.map(
      ([path]) => path,
    );
    expect(inputs).toContain(fileURLToPath(new URL('../src/commands/schedule.ts', import.meta.url)));
    expect(inputs.some((path) => path.includes(join('engine', 'src', 'cpm')))).toBe(true);
  });

  it('reuses the bundle while its inputs are unchanged, and rebuilds it when one changes', () => {
    schedule({});
    const built = statSync(bundle).mtimeMs;
    schedule({});
    expect(statSync(bundle).mtimeMs).toBe(built);
    // As if a source had been edited since: its recorded size no longer matches.
    const recorded = JSON.parse(readFileSync(manifest, 'utf8')) as { inputs: [string, number, number][] };
    recorded.inputs[0][1] += 1;
    writeFileSync(manifest, JSON.stringify(recorded));
    schedule({});
    const rebuilt = JSON.parse(readFileSync(manifest, 'utf8')) as { inputs: [string, number, number][] };
    expect(rebuilt.inputs[0][1]).toBe(statSync(rebuilt.inputs[0][0]).size);
  });
});
