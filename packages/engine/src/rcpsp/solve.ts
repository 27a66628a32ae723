import { BiPopulationSearch } from './bi-population-search';
import { computeCpmTimes } from './cpm-bound';
import { GeneticSearch } from './genetic';
import type { RcpspInstance } from './rcpsp.types';
import { prepareRcpspNetwork } from './rcpsp-network';

/** Settings of {@link solveRcpsp}. */
export interface SolveRcpspOptions {
  /** Budget of generated schedules (every full SGS decode counts one, justification passes too). */
  readonly schedules: number;
  /** Seed; the same instance, budget and seed always give the same schedule. */
  readonly seed: number;
  /** Population size of the genetic algorithm (default grows with the budget). */
  readonly populationSize?: number;
}

/** A solved instance: start of every activity (periods), makespan (periods), decodes spent. */
export interface SolveRcpspResult {
  readonly starts: Int32Array;
  readonly makespan: number;
  readonly schedulesUsed: number;
}

/**
 * Minimise the makespan of an RCPSP instance under a budget of generated schedules: the
 * bi-population genetic algorithm over activity lists (every decode a justification pass), or,
 * when capacity varies over time, the genetic algorithm without justification. Stops early when
 * the critical-path lower bound is reached (the schedule is then optimal). Deterministic per seed.
 */
export function solveRcpsp(instance: RcpspInstance, options: SolveRcpspOptions): SolveRcpspResult {
  if (!Number.isFinite(options.schedules) || options.schedules < 1) {
    throw new Error(`solveRcpsp: schedules must be ≥ 1, got ${options.schedules}`);
  }
  const net = prepareRcpspNetwork(instance);
  const lowerBound = computeCpmTimes(net).length;
  const settings = {
    schedules: options.schedules,
    seed: options.seed,
    lowerBound,
    populationSize: options.populationSize,
  };
  // The bi-population search needs backward passes, hence constant capacity.
  const search = net.variableCapacity
    ? new GeneticSearch(net, settings)
    : new BiPopulationSearch(net, settings);
  return search.run();
}
