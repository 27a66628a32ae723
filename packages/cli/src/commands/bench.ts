import type { Command } from 'commander';
import { registerBenchApi } from './bench-api';
import { registerBenchCpm } from './bench-cpm';
import { registerBenchGantt } from './bench-gantt';
import { registerBenchPsplib } from './bench-psplib';
import { registerBenchSimulate } from './bench-simulate';
import { registerBenchTj3 } from './bench-tj3';

/** `tandem bench …`: commands that measure Tandem's engine and print figures. */
export function registerBench(program: Command): Command {
  const bench = program
    .command('bench')
    .description('Measure the engine on standard benchmarks and print figures.');
  registerBenchPsplib(bench);
  registerBenchCpm(bench);
  registerBenchTj3(bench);
  registerBenchApi(bench);
  registerBenchSimulate(bench);
  registerBenchGantt(bench);
  return bench;
}
