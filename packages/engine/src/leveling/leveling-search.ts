import { mulberry32, type Prng } from '../random/index';
import { KeyOrder } from './key-order';
import { better, type Evaluation } from './leveling-sgs';

/** The precedence graph of a levelling problem (CSR both ways). */
export interface PrecedenceGraph {
  readonly n: number;
  readonly predOff: Int32Array;
  readonly pred: Int32Array;
  readonly succOff: Int32Array;
  readonly succ: Int32Array;
}

/** A schedule generation scheme the search drives (on the working axis or the time grid). */
export interface ListDecoder {
  readonly problem: PrecedenceGraph;
  /** Finish of each activity after the last decode. */
  readonly finish: Int32Array;
  decode(list: Int32Array): Evaluation;
  /** Forward-backward justification, when the scheme has it (see LevelingSgs). */
  justifyBackward?(backwardList: Int32Array, makespan: number, keys: Float64Array): void;
}

export interface SearchOptions {
  /** Budget of generated schedules (forward and backward decodes each count one); ≥ 1. */
  readonly schedules: number;
  readonly seed: number;
  /** Ranks of the levelling order (the first list decoded). */
  readonly orderRanks: Float64Array;
  /** Latest finishes under precedence alone (the LFT rule), for the other starting lists. */
  readonly latestFinish: Float64Array;
  /** No schedule finishes before this (periods): reaching it without overload stops the search. */
  readonly lowerBound: number;
}

export interface SearchResult {
  readonly list: Int32Array;
  readonly evaluation: Evaluation;
  readonly schedulesUsed: number;
}

interface Individual {
  list: Int32Array;
  evaluation: Evaluation;
}

/**
 * Activity-list search for the levelling problem (Hartmann's genetic algorithm with one-point
 * crossover and swap mutation, each child improved by forward-backward justification as in Valls
 * et al. 2005): the first list follows the levelling order; the others are the order and the LFT
 * rule with random noise. A budget of 1 decodes the levelling order once (a single pass).
 */
export function searchLeveling(sgs: ListDecoder, options: SearchOptions): SearchResult {
  const problem = sgs.problem;
  const { n } = problem;
  const rng = mulberry32(options.seed);
  const keyOrder = new KeyOrder(n);
  const ties = Float64Array.from({ length: n }, (_, j) => j);
  const keys = new Float64Array(n);
  const backwardList = new Int32Array(n);
  let used = 0;

  const listFrom = (source: Float64Array, noise: number): Int32Array => {
    for (let j = 0; j < n; j++) keys[j] = source[j] + (noise > 0 ? rng.next() * noise : 0);
    const list = new Int32Array(n);
    keyOrder.order(problem.predOff, problem.succOff, problem.succ, keys, ties, list);
    return list;
  };

  /** Decode, then try forward-backward justification while the budget allows. */
  const evaluate = (list: Int32Array): Individual => {
    const evaluation = sgs.decode(list);
    used++;
    if (!sgs.justifyBackward || used + 2 > options.schedules) return { list, evaluation };
    // Backward list: latest finish first (successors before predecessors in reversed time).
    for (let j = 0; j < n; j++) keys[j] = -sgs.finish[j];
    keyOrder.order(problem.succOff, problem.predOff, problem.pred, keys, ties, backwardList);
    sgs.justifyBackward(backwardList, evaluation.makespan, keys);
    const justified = new Int32Array(n);
    keyOrder.order(problem.predOff, problem.succOff, problem.succ, keys, ties, justified);
    const after = sgs.decode(justified);
    used += 2;
    if (!better(evaluation, after)) return { list: justified, evaluation: after };
    return { list, evaluation };
  };

  let best = evaluate(listFrom(options.orderRanks, 0));
  const done = (individual: Individual) =>
    individual.evaluation.overload === 0 && individual.evaluation.makespan <= options.lowerBound;
  if (options.schedules <= 1 || done(best)) return { ...best, schedulesUsed: used };

  const size = Math.max(4, Math.min(40, Math.floor(options.schedules / 50)));
  const population: Individual[] = [best];
  while (population.length < size && used < options.schedules) {
    const fromOrder = population.length % 2 === 0;
    const source = fromOrder ? options.orderRanks : options.latestFinish;
    const spread = fromOrder ? n * 0.2 : spreadOf(options.latestFinish) * 0.3;
    const individual = evaluate(listFrom(source, spread));
    population.push(individual);
    if (better(individual.evaluation, best.evaluation)) best = individual;
    if (done(best)) return { ...best, schedulesUsed: used };
  }
  const isPred = predecessorTest(problem);
  while (used < options.schedules) {
    const mother = tournament(population, rng);
    const father = tournament(population, rng);
    const child = crossover(mother.list, father.list, rng.int(1, n - 1), n);
    mutate(child, isPred, rng);
    const individual = evaluate(child);
    let worst = 0;
    for (let k = 1; k < population.length; k++) {
      if (better(population[worst].evaluation, population[k].evaluation)) worst = k;
    }
    if (better(individual.evaluation, population[worst].evaluation)) population[worst] = individual;
    if (better(individual.evaluation, best.evaluation)) best = individual;
    if (done(best)) break;
  }
  return { ...best, schedulesUsed: used };
}

function spreadOf(values: Float64Array): number {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return Math.max(1, hi - lo);
}

function tournament(population: readonly Individual[], rng: Prng): Individual {
  const a = rng.pick(population);
  const b = rng.pick(population);
  return better(a.evaluation, b.evaluation) ? a : b;
}

/** One-point crossover: the mother's first q activities, then the father's others in his order. */
function crossover(mother: Int32Array, father: Int32Array, q: number, n: number): Int32Array {
  const child = new Int32Array(n);
  const taken = new Uint8Array(n);
  for (let k = 0; k < q; k++) {
    child[k] = mother[k];
    taken[mother[k]] = 1;
  }
  let k = q;
  for (let m = 0; m < n; m++) if (taken[father[m]] === 0) child[k++] = father[m];
  return child;
}

/** Swaps neighbours that are not linked, each position with probability 5 %. */
function mutate(list: Int32Array, isPred: (a: number, b: number) => boolean, rng: Prng): void {
  for (let k = 0; k + 1 < list.length; k++) {
    if (rng.next() < 0.05 && !isPred(list[k], list[k + 1])) {
      const t = list[k];
      list[k] = list[k + 1];
      list[k + 1] = t;
    }
  }
}

function predecessorTest(problem: PrecedenceGraph): (a: number, b: number) => boolean {
  const { predOff, pred } = problem;
  return (a, b) => {
    for (let e = predOff[b]; e < predOff[b + 1]; e++) if (pred[e] === a) return true;
    return false;
  };
}
