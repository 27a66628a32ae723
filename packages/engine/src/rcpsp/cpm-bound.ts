import type { RcpspInstance } from './rcpsp.types';
import { prepareRcpspNetwork, type RcpspNetwork } from './rcpsp-network';

/** Resource-free critical-path times of every activity, periods. */
export interface CpmTimes {
  readonly earliestStarts: Int32Array;
  readonly earliestFinishes: Int32Array;
  /** Latest starts against a deadline equal to the critical-path length. */
  readonly latestStarts: Int32Array;
  readonly latestFinishes: Int32Array;
  /** Critical-path length: the CPM lower bound of the makespan, periods. */
  readonly length: number;
}

/**
 * Forward and backward CPM passes ignoring resources.
 * @returns earliest/latest starts and finishes (periods) and the critical-path length (periods)
 */
export function computeCpmTimes(source: RcpspInstance | RcpspNetwork): CpmTimes {
  const net = 'topologicalOrder' in source ? source : prepareRcpspNetwork(source);
  const { n, durations, topologicalOrder: order, predecessorOffsets, predecessors } = net;
  const { successorOffsets, successors } = net;
  const es = new Int32Array(n);
  const ef = new Int32Array(n);
  let length = 0;
  for (let k = 0; k < n; k++) {
    const j = order[k];
    let t = 0;
    for (let e = predecessorOffsets[j]; e < predecessorOffsets[j + 1]; e++)
      t = Math.max(t, ef[predecessors[e]]);
    es[j] = t;
    ef[j] = t + durations[j];
    if (ef[j] > length) length = ef[j];
  }
  const ls = new Int32Array(n);
  const lf = new Int32Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const j = order[k];
    let t = length;
    for (let e = successorOffsets[j]; e < successorOffsets[j + 1]; e++) t = Math.min(t, ls[successors[e]]);
    lf[j] = t;
    ls[j] = t - durations[j];
  }
  return { earliestStarts: es, earliestFinishes: ef, latestStarts: ls, latestFinishes: lf, length };
}

/**
 * The critical-path lower bound of the makespan (PSPLIB's `MPM-Time`), periods.
 */
export function cpmLowerBound(instance: RcpspInstance): number {
  return computeCpmTimes(instance).length;
}
