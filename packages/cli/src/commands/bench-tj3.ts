import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Figures printed by `tandem bench tj3` (wall-clock milliseconds of whole commands). */
export interface BenchTj3Report {
  readonly tasks: number;
  readonly links: number;
  readonly linksLeftOut: number;
  readonly runs: number;
  readonly tandemMs: number;
  readonly tj3Ms: number;
  readonly ratio: number;
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
          `tandem schedule: ${report.tandemMs.toFixed(0)} ms (median of ${runs}, whole command)`,
          `tj3:             ${report.tj3Ms.toFixed(0)} ms (median of ${runs}, whole command)`,
          `tandem is ${report.ratio.toFixed(1)}x faster than tj3`,
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
    const tandemMs = median(runs, () => timed(process.execPath, [cli, 'schedule', xml, '--json'], dir));
    const tj3Ms = median(runs, () => timed('tj3', ['--silent', '--no-reports', '--no-color', tjp], dir));
    return {
      tasks: project.tasks.length,
      links: links.length,
      linksLeftOut: generated.links.length - links.length,
      runs,
      tandemMs,
      tj3Ms,
      ratio: tj3Ms / tandemMs,
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

function timed(command: string, args: readonly string[], cwd: string): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${command} failed (exit ${result.status}): ${String(result.stderr).slice(0, 2000)}`);
  }
  return ms;
}

function median(runs: number, measure: () => number): number {
  const times = Array.from({ length: runs }, measure).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
