import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkRcpspFeasibility, describeRcpspViolation, solveRcpsp } from '@tandem/engine';
import { type PsplibInstance, psplibBoundsKey, readPsplibBounds, readPsplibSm } from '@tandem/formats';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';

interface BenchOptions {
  schedules: string;
  seed: string;
  bounds?: string;
  limit?: string;
  json?: boolean;
  verbose?: boolean;
}

/** One solved instance. */
export interface InstanceResult {
  readonly name: string;
  readonly set: string;
  readonly makespan: number;
  readonly cpmBound: number;
  readonly bound: number | undefined;
  readonly schedulesUsed: number;
  /** Wall-clock time of the solve, seconds. */
  readonly seconds: number;
  /** CPU time of the solve (user + system), seconds: the per-core figure on a shared machine. */
  readonly cpuSeconds: number;
}

/** Figures of one instance set (j30, j60, …). */
export interface SetSummary {
  readonly set: string;
  readonly instances: number;
  readonly avgDeviationFromCpm: number;
  readonly maxDeviationFromCpm: number;
  readonly boundedInstances: number;
  readonly avgDeviationFromBounds: number | null;
  readonly maxDeviationFromBounds: number | null;
  readonly boundHits: number | null;
  readonly schedules: number;
  readonly solveSeconds: number;
  readonly schedulesPerSecond: number;
  readonly cpuSeconds: number;
  /** Schedules per CPU second: speed on one core, unaffected by other processes. */
  readonly schedulesPerCpuSecond: number;
}

/** `tandem bench psplib DIR`: solve every PSPLIB `.sm` file in DIR and print per-set figures. */
export function registerBenchPsplib(bench: Command): void {
  bench
    .command('psplib')
    .description(
      'Solve every PSPLIB .sm instance in DIR with the RCPSP solver and print quality and speed per set.',
    )
    .argument('<dir>', 'folder holding .sm files (e.g. j30/)')
    .option('--schedules <n>', 'budget of generated schedules per instance', '5000')
    .option('--seed <s>', 'seed of the solver (same seed, same results)', '1')
    .option('--bounds <file>', 'PSPLIB makespan table (j30opt.sm, j60hrs.sm, j60lb.sm layouts)')
    .option('--limit <n>', 'solve only n instances, spread evenly over the folder (for quick iterations)')
    .option('--json', 'print the figures as JSON')
    .option('--verbose', 'print one line per instance')
    .action((dir: string, options: BenchOptions) => {
      runCommand(dir, options);
    });
}

/** Settings of {@link runBenchPsplib}. */
export interface BenchPsplibSettings {
  /** Budget of generated schedules per instance. */
  readonly schedules: number;
  readonly seed: number;
  /** Path of a PSPLIB makespan table (optimum or best known), optional. */
  readonly bounds?: string;
  /** Solve only this many instances, spread evenly over the sorted files (480 PSPLIB files, limit 48: one per parameter set). */
  readonly limit?: number;
  /** Called after each instance, e.g. for progress or per-instance lines. */
  readonly onInstance?: (result: InstanceResult, done: number, total: number) => void;
  /** Called once the instance files are listed. */
  readonly onStart?: (total: number) => void;
}

/** Figures of a `tandem bench psplib` run. */
export interface BenchPsplibReport {
  readonly schedules: number;
  readonly seed: number;
  readonly bounds: string | null;
  readonly sets: SetSummary[];
  readonly total: SetSummary;
  readonly instances: InstanceResult[];
  /** The last line printed: `avg deviation from CPM bound: X% over N instances`. */
  readonly summary: string;
}

/**
 * Solve every `.sm` file of a folder, check every schedule (precedence and capacity at every
 * period; throws on the first infeasible one) and summarise per instance set.
 */
export function runBenchPsplib(dir: string, settings: BenchPsplibSettings): BenchPsplibReport {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${dir}: not a folder`);
  const allFiles = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.sm'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (allFiles.length === 0) throw new Error(`${dir}: no .sm files`);
  const files = spreadSubset(allFiles, settings.limit);
  const bounds = settings.bounds
    ? readPsplibBounds(readFileSync(settings.bounds, 'utf8'), settings.bounds)
    : undefined;
  settings.onStart?.(files.length);
  const results: InstanceResult[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const instance = readPsplibSm(readFileSync(path, 'utf8'), path);
    const result = solveOne(instance, settings.schedules, settings.seed, bounds);
    results.push(result);
    settings.onInstance?.(result, results.length, files.length);
  }
  const sets = [...new Set(results.map((r) => r.set))].map((set) =>
    summarise(
      set,
      results.filter((r) => r.set === set),
    ),
  );
  const total = summarise('all', results);
  return {
    schedules: settings.schedules,
    seed: settings.seed,
    bounds: settings.bounds ?? null,
    sets,
    total,
    instances: results,
    summary: `avg deviation from CPM bound: ${fixed(total.avgDeviationFromCpm)}% over ${results.length} instances`,
  };
}

/** The text report: a block per set, then the summary line. */
export function formatBenchPsplib(report: BenchPsplibReport): string {
  const boundsLabel = report.bounds ? basename(report.bounds) : '';
  const out: string[] = [];
  for (const s of report.sets) {
    out.push(
      `${s.set}: ${s.instances} instances, ${report.schedules} schedules per instance, seed ${report.seed}`,
    );
    out.push(
      `  avg deviation from CPM bound: ${fixed(s.avgDeviationFromCpm)}%  (max ${fixed(s.maxDeviationFromCpm)}%)`,
    );
    if (s.avgDeviationFromBounds !== null) {
      out.push(
        `  avg deviation from ${boundsLabel}: ${s.avgDeviationFromBounds.toFixed(3)}% over ${s.boundedInstances} instances  ` +
          `(max ${fixed(s.maxDeviationFromBounds ?? 0)}%, makespan = bound on ${s.boundHits}/${s.boundedInstances})`,
      );
    }
    out.push(
      `  speed: ${Math.round(s.schedulesPerCpuSecond).toLocaleString('en')} schedules/s per core  ` +
        `(${s.schedules.toLocaleString('en')} schedules in ${s.cpuSeconds.toFixed(1)} s of CPU time, ` +
        `${s.solveSeconds.toFixed(1)} s wall clock: ${Math.round(s.schedulesPerSecond).toLocaleString('en')}/s; ` +
        'stops early at the CPM bound)',
    );
    out.push(`  feasibility: all ${s.instances} schedules checked, precedence and capacity at every period`);
  }
  out.push(report.summary);
  return `${out.join('\n')}\n`;
}

function runCommand(dir: string, options: BenchOptions): void {
  const bar = process.stdout.isTTY && !options.json ? new SingleBar({ stream: process.stderr }) : undefined;
  const report = runBenchPsplib(dir, {
    schedules: wholeNumber(options.schedules, '--schedules', 1),
    seed: wholeNumber(options.seed, '--seed', 0),
    bounds: options.bounds,
    limit: options.limit === undefined ? undefined : wholeNumber(options.limit, '--limit', 1),
    onStart: (total) => bar?.start(total, 0),
    onInstance: (r) => {
      bar?.increment();
      if (options.verbose && !options.json) {
        const vsBound = r.bound === undefined ? '' : `  bound ${r.bound}`;
        const line = `${r.name}: makespan ${r.makespan}  CPM ${r.cpmBound}${vsBound}  schedules ${r.schedulesUsed}`;
        process.stdout.write(`${bar ? '\r\x1b[K' : ''}${line}\n`);
      }
    },
  });
  bar?.stop();
  if (options.json) {
    const { instances, ...figures } = report;
    const json = options.verbose ? report : figures;
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  process.stdout.write(formatBenchPsplib(report));
}

/** `limit` items at evenly spaced positions (the first included), or all when no limit or too few. */
export function spreadSubset<T>(items: readonly T[], limit: number | undefined): T[] {
  if (limit === undefined || limit >= items.length) return [...items];
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`limit must be a whole number ≥ 1, got ${limit}`);
  return Array.from({ length: limit }, (_, i) => items[Math.floor((i * items.length) / limit)]);
}

function solveOne(
  instance: PsplibInstance,
  schedules: number,
  seed: number,
  bounds: Map<string, number> | undefined,
): InstanceResult {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const solved = solveRcpsp(instance, { schedules, seed });
  const cpu = process.cpuUsage(cpuStarted);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const violations = checkRcpspFeasibility(instance, solved.starts);
  if (violations.length > 0) {
    const shown = violations.slice(0, 5).map(describeRcpspViolation).join('; ');
    throw new Error(`${instance.name}: infeasible schedule (${violations.length} violations): ${shown}`);
  }
  const sink = instance.activityCount - 1;
  const makespan = solved.starts[sink] + instance.durations[sink];
  if (makespan !== solved.makespan) {
    throw new Error(
      `${instance.name}: solver reports makespan ${solved.makespan}, its schedule ends at ${makespan}`,
    );
  }
  if (makespan < instance.mpmTime) {
    throw new Error(
      `${instance.name}: makespan ${makespan} below the MPM-Time ${instance.mpmTime} of the file`,
    );
  }
  const key = psplibBoundsKey(instance.name);
  const bound = key === undefined ? undefined : bounds?.get(key);
  const set = /^(j(?:120|30|60|90))\d+_\d+$/.exec(instance.name)?.[1] ?? 'other';
  return {
    name: instance.name,
    set,
    makespan,
    cpmBound: instance.mpmTime,
    bound,
    schedulesUsed: solved.schedulesUsed,
    seconds,
    cpuSeconds,
  };
}

function summarise(set: string, results: readonly InstanceResult[]): SetSummary {
  const cpmDev = results.map((r) => (100 * (r.makespan - r.cpmBound)) / r.cpmBound);
  const bounded = results.filter((r) => r.bound !== undefined);
  const boundDev = bounded.map((r) => (100 * (r.makespan - (r.bound ?? 0))) / (r.bound ?? 1));
  const schedules = results.reduce((sum, r) => sum + r.schedulesUsed, 0);
  const solveSeconds = results.reduce((sum, r) => sum + r.seconds, 0);
  const cpuSeconds = results.reduce((sum, r) => sum + r.cpuSeconds, 0);
  return {
    set,
    instances: results.length,
    avgDeviationFromCpm: mean(cpmDev),
    maxDeviationFromCpm: Math.max(...cpmDev),
    boundedInstances: bounded.length,
    avgDeviationFromBounds: bounded.length > 0 ? mean(boundDev) : null,
    maxDeviationFromBounds: bounded.length > 0 ? Math.max(...boundDev) : null,
    boundHits: bounded.length > 0 ? bounded.filter((r) => r.makespan === r.bound).length : null,
    schedules,
    solveSeconds,
    schedulesPerSecond: solveSeconds > 0 ? schedules / solveSeconds : 0,
    cpuSeconds,
    schedulesPerCpuSecond: cpuSeconds > 0 ? schedules / cpuSeconds : 0,
  };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function fixed(value: number): string {
  return value.toFixed(2);
}

function wholeNumber(text: string, option: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min)
    throw new Error(`${option}: expected a whole number ≥ ${min}, got "${text}"`);
  return Number(text);
}
