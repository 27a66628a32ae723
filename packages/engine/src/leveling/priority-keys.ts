import type { ProjectInput } from '../model/project.types';
import type { ScheduleResult } from '../model/schedule.types';
import type { LevelingOrder } from './leveling.types';
import { type LevelingProblem, MODE_FIXED } from './leveling-problem.types';

/**
 * The rank of each activity in a levelling order (0 = considered first); predecessors still come
 * before successors when the ranks are turned into a list. Microsoft Project's orders:
 * - `id`: outline order;
 * - `standard`: less total slack, then longer duration, higher priority, constrained tasks first;
 * - `priority`: higher priority, then `standard`.
 */
export function orderRanks(
  order: LevelingOrder,
  problem: { readonly n: number; readonly taskIndex: Int32Array; readonly priority: Float64Array },
  duration: ArrayLike<number>,
  project: ProjectInput,
  before: ScheduleResult,
): Float64Array {
  const { n, taskIndex, priority } = problem;
  const ids = Array.from({ length: n }, (_, j) => j);
  if (order !== 'id') {
    const slack = (j: number) => before.tasks[taskIndex[j]].totalSlack;
    const constrained = (j: number) => {
      const type = project.tasks[taskIndex[j]].constraint?.type ?? 'ASAP';
      return type === 'ASAP' || type === 'ALAP' ? 1 : 0;
    };
    const standard = (a: number, b: number) =>
      slack(a) - slack(b) ||
      duration[b] - duration[a] ||
      priority[b] - priority[a] ||
      constrained(a) - constrained(b) ||
      a - b;
    ids.sort(order === 'priority' ? (a, b) => priority[b] - priority[a] || standard(a, b) : standard);
  }
  const ranks = new Float64Array(n);
  ids.forEach((j, rank) => {
    ranks[j] = rank;
  });
  return ranks;
}

/**
 * Latest finish of each activity under precedence alone, periods, counted back from the
 * precedence-only makespan: the LFT rule, the strongest single priority rule for the makespan.
 */
export function latestFinishKeys(problem: LevelingProblem): Float64Array {
  const { n, topo, release, duration, predOff, pred, predLag, succOff, succ, succLag } = problem;
  const es = new Float64Array(n);
  let end = 0;
  for (const j of topo) {
    let t = release[j];
    for (let e = predOff[j]; e < predOff[j + 1]; e++) t = Math.max(t, es[pred[e]] + predLag[e]);
    es[j] = t;
    end = Math.max(end, t + duration[j]);
  }
  const ls = new Float64Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const j = topo[k];
    let t = end - duration[j];
    for (let e = succOff[j]; e < succOff[j + 1]; e++) t = Math.min(t, ls[succ[e]] - succLag[e]);
    ls[j] = t;
  }
  for (let j = 0; j < n; j++) ls[j] += duration[j];
  return ls;
}

/** Late finish of each activity in the unlevelled schedule (minutes): the LFT rule on any calendar. */
export function lateFinishKeys(taskIndex: Int32Array, before: ScheduleResult): Float64Array {
  return Float64Array.from(taskIndex, (i) => before.tasks[i].lateFinish);
}

/** Precedence-only makespan, periods: no levelling can finish earlier. */
export function precedenceBound(problem: LevelingProblem): number {
  const { n, topo, release, duration, predOff, pred, predLag, mode } = problem;
  const es = new Float64Array(n);
  let end = 0;
  for (const j of topo) {
    let t = release[j];
    // Fixed activities keep their start whatever their predecessors do.
    if (mode[j] !== MODE_FIXED) {
      for (let e = predOff[j]; e < predOff[j + 1]; e++) t = Math.max(t, es[pred[e]] + predLag[e]);
    }
    es[j] = t;
    end = Math.max(end, t + duration[j]);
  }
  return end;
}
