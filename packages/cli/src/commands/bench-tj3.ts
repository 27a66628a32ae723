import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProject, type LinkInput, type ProjectInput } from '@tandem/engine';
import { writeMspdi, writeTjp } from '@tandem/formats';
import type { Command } from 'commander';

interface BenchTj3Options {
  tasks: string;
  seed: string;
  runs: string;
  json?: boolean;
}

/** Figures printed by `tandem bench tj3` (milliseconds of whole commands). */
export interface BenchTj3Report {
  readonly tasks: number;
  readonly links: number;
  readonly linksLeftOut: number;
  readonly runs: number;
  /** Wall-clock medians. */
  readonly tandemMs: number;
  readonly tj3Ms: number;
  readonly ratio: number;
  /** CPU time (user + system) medians, where the system reports it (Linux); else null. */
  readonly tandemCpuMs: number | null;
  readonly tj3CpuMs: number | null;
  readonly cpuRatio: number | null;
  /** Load average over the last minute when the bench ended (0 where the system has none). */
  readonly loadAverage: number;
}

/**
 * `tandem bench tj3`: the same generated project scheduled by `tandem schedule FILE.xml` and by
 * TaskJuggler's `tj3 --no-reports FILE.tjp`, each a whole command run (start-up included), median
 * of --runs. Links TaskJuggler cannot express (FF, SF, negative or % lags, links of summaries) are removed from the
 * project first, so both tools schedule the same network.
 */
export function registerBenchTj3(bench: Command): void {
  bench
    .command('tj3')
    .description('Compare `tandem schedule` with TaskJuggler 3 (`tj3`) on the same generated project.')
    .option('--tasks <n>', 'tasks in the generated project', '10000')
    .option('--seed <s>', 'seed of the generator', '1')
    .option('--runs <r>', 'runs of each command (median reported)', '3')
    .option('--json', 'print one JSON object')
    .action((options: BenchTj3Options) => {
      const tasks = Number(options.tasks);
      const seed = Number(options.seed);
      const runs = Number(options.runs);
      if (!Number.isInteger(tasks) || tasks < 2)
        throw new Error(`--tasks must be a whole number ≥ 2, not "${options.tasks}"`);
      if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${options.seed}"`);
      if (!Number.isInteger(runs) || runs < 1)
        throw new Error(`--runs must be a whole number ≥ 1, not "${options.runs}"`);
      if (spawnSync('tj3', ['--version']).error) {
        throw new Error('tj3 is not installed (Debian package tj3: apt-get install -y tj3)');
      }
      const report = runBench(tasks, seed, runs);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(report)}\n`);
        return;
      }
      process.stdout.write(
        [
          `project: ${report.tasks} tasks (leaf network of the generated project), ${report.links} links (${report.linksLeftOut} links TaskJuggler cannot take left out: FF/SF, negative lags, summary links)`,
          `tandem schedule: ${report.tandemMs.toFixed(0)} ms (median of ${runs}, whole command)${cpuNote(report.tandemCpuMs)}`,
          `tj3:             ${report.tj3Ms.toFixed(0)} ms (median of ${runs}, whole command)${cpuNote(report.tj3CpuMs)}`,
          `tandem is ${report.ratio.toFixed(1)}x faster than tj3${report.cpuRatio === null ? '' : ` (${report.cpuRatio.toFixed(1)}x in CPU time)`}; load average ${report.loadAverage.toFixed(2)}`,
          '',
        ].join('\n'),
      );
    });
}

function runBench(tasks: number, seed: number, runs: number): BenchTj3Report {
  const generated = generateProject({ tasks, seed });
  const parents = new Set(generated.tasks.map((task) => task.parentId));
  // TaskJuggler reads a dependency on a container task as one on all its leaves, which loops with
  // links inside it: the comparison keeps links between leaf tasks only.
  const links = generated.links.filter(
    (link) =>
      expressibleInTaskJuggler(link) && !parents.has(link.predecessorId) && !parents.has(link.successorId),
  );
  // TaskJuggler also sees loops through container tasks where CPM has none (a link out of a group
  // and another back into it), so both tools get the leaf network, flat: summaries only roll up.
  const leaves = generated.tasks
    .filter((task) => !parents.has(task.id))
    .map((task, order) => ({ ...task, parentId: null, order }));
  const project: ProjectInput = { ...generated, tasks: leaves, links };
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-tj3-'));
  try {
    const xml = join(dir, 'project.xml');
    const tjp = join(dir, 'project.tjp');
    writeFileSync(xml, writeMspdi(project));
    const tj = writeTjp(project);
    writeFileSync(tjp, tj.text);
    const cli = fileURLToPath(new URL('../../bin/tandem.js', import.meta.url));
    const tandemArgs = [cli, 'schedule', xml, '--json'];
    // One untimed run: the first `tandem schedule` after a change of the sources bundles them
    // (bin/cached-bundle.js), as a first run after installing would; every later run reuses it.
    timed(process.execPath, tandemArgs, dir);
    const tandem = medians(runs, () => timed(process.execPath, tandemArgs, dir));
    const tj3 = medians(runs, () => timed('tj3', ['--silent', '--no-reports', '--no-color', tjp], dir));
    return {
      tasks: project.tasks.length,
      links: links.length,
      linksLeftOut: generated.links.length - links.length,
      runs,
      tandemMs: tandem.wallMs,
      tj3Ms: tj3.wallMs,
      ratio: tj3.wallMs / tandem.wallMs,
      tandemCpuMs: tandem.cpuMs,
      tj3CpuMs: tj3.cpuMs,
      cpuRatio: tandem.cpuMs !== null && tj3.cpuMs !== null ? tj3.cpuMs / tandem.cpuMs : null,
      loadAverage: loadavg()[0],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function expressibleInTaskJuggler(link: LinkInput): boolean {
  return (
    (link.type === 'FS' || link.type === 'SS') &&
    link.lag >= 0 &&
    link.lagUnit !== '%' &&
    link.lagUnit !== 'e%'
  );
}

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number | null;
}

function timed(command: string, args: readonly string[], cwd: string): Timing {
  const cpuBefore = childrenCpuMs();
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpuAfter = childrenCpuMs();
  if (result.status !== 0) {
    throw new Error(`${command} failed (exit ${result.status}): ${String(result.stderr).slice(0, 2000)}`);
  }
  return { wallMs, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

function medians(runs: number, measure: () => Timing): Timing {
  const timings = Array.from({ length: runs }, measure);
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const cpu = timings.map((timing) => timing.cpuMs);
  return {
    wallMs: middle(timings.map((timing) => timing.wallMs)),
    cpuMs: cpu.every((ms) => ms !== null) ? middle(cpu as number[]) : null,
  };
}

/**
 * CPU time (user + system) of the finished children this process has waited for, from
 * /proc/self/stat (fields cutime and cstime, in clock ticks of 1/100 s); null off Linux.
 */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The command name (field 2) may hold spaces: count fields from after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

function cpuNote(cpuMs: number | null): string {
  return cpuMs === null ? '' : `, CPU ${cpuMs.toFixed(0)} ms`;
}
