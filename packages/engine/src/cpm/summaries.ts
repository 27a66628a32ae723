import { LINK_KIND_MASK, LINK_ROLLUP, type Network, NODE_FIN } from './network.types';
import type { ScheduleState } from './schedule-state';

/**
 * Rolls summary tasks up from their children, children first: scheduled start = earliest child
 * start, finish = latest child finish (into the finish node's `ss`/`sf`), and the late dates
 * likewise (`rls`/`rlf`). Early dates are rolled up by the forward pass already.
 */
export function rollUpSummaries(net: Network, st: ScheduleState): void {
  const { ss, sf, ls, lf, rls, rlf, finOrder } = st;
  for (let f = 0; f < finOrder.length; f++) {
    const i = finOrder[f];
    let start = Number.POSITIVE_INFINITY;
    let finish = Number.NEGATIVE_INFINITY;
    let lateStart = Number.POSITIVE_INFINITY;
    let lateFinish = Number.NEGATIVE_INFINITY;
    for (let k = net.predStart[i]; k < net.predStart[i + 1]; k++) {
      if ((net.predType[k] & LINK_KIND_MASK) !== LINK_ROLLUP) continue;
      const c = net.predNode[k];
      const childIsSummary = net.kind[c] === NODE_FIN;
      if (ss[c] < start) start = ss[c];
      if (sf[c] > finish) finish = sf[c];
      const cls = childIsSummary ? rls[c] : ls[c];
      const clf = childIsSummary ? rlf[c] : lf[c];
      if (cls < lateStart) lateStart = cls;
      if (clf > lateFinish) lateFinish = clf;
    }
    ss[i] = start;
    sf[i] = finish;
    rls[i] = lateStart;
    rlf[i] = lateFinish;
  }
}
