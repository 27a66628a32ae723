import { formatDateTime, type SimulationResult, simulateSchedule } from '@tandem/engine';
import type { Command } from 'commander';
import { loadMspdi } from '../mspdi-input';
import { estimatesFromFile, parseUncertainty } from './simulate-estimates';

interface SimulateCommandOptions {
  iterations: string;
  seed: string;
  uncertainty: string;
  top: string;
  json?: boolean;
}

function wholeNumber(text: string, name: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`--${name} must be a whole number ≥ ${min}, not "${text}"`);
  return value;
}

/** `tandem simulate FILE.xml [--iterations N] [--seed S] [--uncertainty=LOW,HIGH] [--json]` */
export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description(
      'Monte Carlo schedule risk analysis of a Microsoft Project XML file: prints the P10/P50/P80/P90 finish dates and the tasks most often critical. ' +
        'Three-point estimates are read from the file (PERT fields) where present; every other duration becomes a triangular estimate from LOW % to HIGH % around it.',
    )
    .argument('<path>', 'an MSPDI .xml file')
    .option('--iterations <n>', 'iterations', '10000')
    .option('--seed <s>', 'seed of the random generator (same seed, same result)', '1')
    .option('--uncertainty <low,high>', 'percent around each duration without an estimate', '-10,30')
    .option('--top <n>', 'tasks listed by criticality index', '10')
    .option(
      '--json',
      'print one JSON object: p10, p50, p80, p90 (ISO 8601) and criticality (task uid → index)',
    )
    .action((path: string, options: SimulateCommandOptions) => {
      const iterations = wholeNumber(options.iterations, 'iterations', 1);
      const seed = wholeNumber(options.seed, 'seed', 0);
      const top = wholeNumber(options.top, 'top', 0);
      const uncertainty = parseUncertainty(options.uncertainty);
      const { document } = loadMspdi(path);
      const estimates = estimatesFromFile(document.project);
      const t0 = performance.now();
      const result = simulateSchedule(document.project, {
        iterations,
        seed,
        estimates,
        defaultUncertainty: uncertainty,
      });
      const seconds = (performance.now() - t0) / 1000;
      const names = new Map(document.project.tasks.map((t) => [t.id, t.name]));
      process.stdout.write(
        `${options.json ? JSON.stringify(simulationJson(path, result, estimates.size)) : simulationText(result, names, top, estimates.size, seconds)}\n`,
      );
    });
}

function simulationJson(path: string, result: SimulationResult, fileEstimates: number) {
  return {
    file: path,
    iterations: result.iterations,
    seed: result.seed,
    deterministicFinish: formatDateTime(result.deterministicFinish),
    p10: formatDateTime(result.finish.p10),
    p50: formatDateTime(result.finish.p50),
    p80: formatDateTime(result.finish.p80),
    p90: formatDateTime(result.finish.p90),
    fileEstimates,
    criticality: Object.fromEntries(result.criticality),
    sensitivity: result.sensitivity,
  };
}

function simulationText(
  result: SimulationResult,
  names: ReadonlyMap<string, string>,
  top: number,
  fileEstimates: number,
  seconds: number,
): string {
  const lines = [
    `${result.iterations} iterations (seed ${result.seed}) in ${seconds.toFixed(2)} s; ${fileEstimates} three-point estimates from the file`,
    `deterministic finish  ${formatDateTime(result.deterministicFinish)}`,
    `P10 ${formatDateTime(result.finish.p10)}`,
    `P50 ${formatDateTime(result.finish.p50)}`,
    `P80 ${formatDateTime(result.finish.p80)}`,
    `P90 ${formatDateTime(result.finish.p90)}`,
  ];
  const ranked = [...result.criticality].sort((a, b) => b[1] - a[1]).slice(0, top);
  if (ranked.length > 0) {
    lines.push('', 'criticality  uid  name');
    for (const [id, index] of ranked)
      lines.push(`${(index * 100).toFixed(1).padStart(10)} %  ${id}  ${names.get(id) ?? ''}`);
  }
  return lines.join('\n');
}
