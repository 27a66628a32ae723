import { generateProject, simulateSchedule } from '@tandem/engine';
import type { Command } from 'commander';

interface BenchSimulateOptions {
  tasks: string;
  iterations: string;
  seed: string;
  runs: string;
  json?: boolean;
}

function positiveInteger(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer, not "${text}"`);
  return value;
}

/** `tandem bench simulate`: Monte Carlo iterations on a generated project, on this one thread. */
export function registerBenchSimulate(bench: Command): void {
  bench
    .command('simulate')
    .description(
      'Run the Monte Carlo schedule risk analysis (triangular -10 %/+30 % on every task) on a generated project and print the time of the median run.',
    )
    .option('--tasks <n>', 'tasks in the generated project, summaries included', '1000')
    .option('--iterations <n>', 'iterations per run', '10000')
    .option('--seed <s>', 'seed of the project generator and the simulation', '1')
    .option('--runs <n>', 'timed runs after one warm-up', '5')
    .option('--json', 'print one JSON object')
    .action((options: BenchSimulateOptions) => {
      const tasks = positiveInteger(options.tasks, 'tasks');
      const iterations = positiveInteger(options.iterations, 'iterations');
      const seed = positiveInteger(options.seed, 'seed');
      const runs = positiveInteger(options.runs, 'runs');
      const project = generateProject({ tasks, seed });
      const run = () =>
        simulateSchedule(project, { iterations, seed, defaultUncertainty: { low: -10, high: 30 } });
      run();
      const times: number[] = [];
      const cpu: number[] = [];
      for (let r = 0; r < runs; r += 1) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        run();
        times.push(performance.now() - t0);
        const used = process.cpuUsage(c0);
        cpu.push((used.user + used.system) / 1000);
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
      const report = {
        tasks,
        links: project.links.length,
        iterations,
        runs,
        medianMs: Math.round(median(times)),
        cpuMedianMs: Math.round(median(cpu)),
        minMs: Math.round(Math.min(...times)),
        iterationsPerSecond: Math.round(iterations / (median(times) / 1000)),
      };
      process.stdout.write(
        options.json
          ? `${JSON.stringify(report)}\n`
          : `${tasks} tasks, ${report.links} links, ${iterations} iterations: median ${report.medianMs} ms (CPU ${report.cpuMedianMs} ms, min ${report.minMs} ms) over ${runs} runs, ${report.iterationsPerSecond} iterations/s on one thread\n`,
      );
    });
}
