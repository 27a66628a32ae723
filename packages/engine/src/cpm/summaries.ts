import { LINK_KIND_MASK, LINK_ROLLUP, type Network, NODE_FIN } from './network.types';
import type { NodeJournal } from './node-journal';
import type { ScheduleState } from './schedule-state';

/**
 * Rolls summary tasks up from their children, children first: scheduled start = earliest child
 * start, finish = latest child finish (into the finish node's `ss`/`sf`), and the late dates
 * likewise (`rls`/`rlf`). Early dates are rolled up by the forward pass already.
 */
export function rollUpSummaries(net: Network, st: ScheduleState): void {
  const { finOrder } = st;
  for (let f = 0; f < finOrder.length; f++) rollUpNode(net, st, finOrder[f]);
}

/**
 * Rolls up only the summaries above the nodes in `changed` (those whose dates an incremental pass
 * moved), children first, and lists them in `journal`: a summary none of whose descendants moved
 * keeps its roll-up. Uses `st.dirty` as scratch (all clear between passes).
 */
export function rollUpAbove(
  net: Network,
  st: ScheduleState,
  changed: readonly (readonly number[])[],
  journal: NodeJournal,
): void {
  const { succStart, succNode, succType } = net;
  const { dirty } = st;
  const summaries: number[] = [];
  for (const nodes of changed) {
    for (const node of nodes) {
      // Climb to the root, or to a summary already marked (its ancestors are then marked too).
      for (let n = node; n >= 0; ) {
        let parent = -1;
        for (let e = succStart[n]; e < succStart[n + 1]; e++) {
          if ((succType[e] & LINK_KIND_MASK) === LINK_ROLLUP) parent = succNode[e];
        }
        if (parent < 0 || dirty[parent] === 1) break;
        dirty[parent] = 1;
        summaries.push(parent);
        n = parent;
      }
    }
  }
  // A child's finish node comes before its parent's in topological order.
  summaries.sort((a, b) => net.position[a] - net.position[b]);
  for (const i of summaries) {
    dirty[i] = 0;
    rollUpNode(net, st, i);
    journal.add(i);
  }
}

/** Roll-up of one summary finish node from its children (see rollUpSummaries). */
function rollUpNode(net: Network, st: ScheduleState, i: number): void {
  const { ss, sf, ls, lf, rls, rlf } = st;
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
