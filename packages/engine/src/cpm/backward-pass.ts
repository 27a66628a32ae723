import { hasSpans, spanFromFinish } from './assignment-calendars';
import {
  CONSTRAINT_BITS,
  FINISH_CEILING,
  FINISH_FLOOR,
  PINNED,
  START_CEILING,
  START_FLOOR,
} from './constraints';
import { finishForStart, shiftByLag, snapFinish } from './date-math';
import {
  FLAG_LATE,
  LINK_FF,
  LINK_FS,
  LINK_GATE,
  LINK_KIND_MASK,
  LINK_LAGGED,
  LINK_ROLLUP,
  LINK_SS,
  type Network,
  NODE_FIN,
  NODE_GATE,
  type PassSettings,
} from './network.types';
import type { NodeJournal } from './node-journal';
import type { PassTrace } from './pass-trace';
import { hasProgress } from './progress';
import type { ScheduleState } from './schedule-state';

const INF = Number.POSITIVE_INFINITY;

/**
 * Late dates of node i from its successors' dates in `outS`/`outF` (backward pass step), written to
 * `outS`/`outF`. With `placing`, this is the placement pass of tasks scheduled as late as possible:
 * the successors' arrays hold their scheduled dates, other leaves copy their early dates, and a
 * late-placed task never moves before its early dates.
 * A gate's bound is the earliest late start of its children; a summary finish node keeps the
 * bounds its own links impose, start and finish separately, for its children to obey. A leaf takes
 * the earliest finish its links, the project finish, its constraint ceilings and its deadline allow
 * (MS Project: a deadline lowers the late finish), checks its floors when scheduling from the finish.
 * @returns whether node i's dates changed.
 */
export function lateNode(
  net: Network,
  ps: PassSettings,
  st: ScheduleState,
  i: number,
  outS: Float64Array,
  outF: Float64Array,
  placing: boolean,
): boolean {
  const oldStart = outS[i];
  const oldFinish = outF[i];
  const kind = net.kind[i];
  if (placing && kind !== NODE_GATE && kind !== NODE_FIN && !isPlacedLate(net, i)) {
    outS[i] = st.es[i];
    outF[i] = st.ef[i];
    return outS[i] !== oldStart || outF[i] !== oldFinish;
  }
  const cal = net.calendars[net.calendar[i]];
  const duration = kind === NODE_GATE || kind === NODE_FIN ? 0 : net.duration[i];
  let finish = INF;
  let startBound = INF;
  const { succNode, succType } = net;
  const end = net.succStart[i + 1];
  for (let k = net.succStart[i]; k < end; k++) {
    const s = succNode[k];
    const lagged = (succType[k] & LINK_LAGGED) !== 0;
    const type = succType[k] & LINK_KIND_MASK;
    if (type === LINK_GATE) {
      if (outS[s] < startBound) startBound = outS[s];
    } else if (type === LINK_ROLLUP) {
      if (outF[s] < finish) finish = outF[s];
      // The summary's start is its earliest child's: a bound on it holds back only the children
      // that can be that earliest child (those not already starting after the bound). From the
      // finish, late dates come before early ones: the bound holds back every child.
      const held = (!placing && ps.scheduleFromFinish) || outS[s] >= st.es[i];
      if (outS[s] < startBound && held) startBound = outS[s];
    } else {
      const target = type <= LINK_SS ? outS[s] : outF[s];
      if (target === INF) continue;
      const t = lagged ? shiftByLag(net, st, net.succLink[k], i, target, -1) : target;
      if (type === LINK_FS || type === LINK_FF) {
        if (t < finish) finish = t;
      } else if (t < startBound) {
        startBound = t;
      }
    }
  }
  if (kind === NODE_GATE) {
    outS[i] = startBound;
    outF[i] = startBound;
    return startBound !== oldStart;
  }
  const bits = CONSTRAINT_BITS[net.constraint[i]];
  if ((bits & PINNED) === 0 && st.projectFinish < finish) finish = st.projectFinish;
  if (kind === NODE_FIN) {
    outS[i] = startBound;
    outF[i] = finish;
    return startBound !== oldStart || finish !== oldFinish;
  }
  // From the finish, this pass finds conflicts (below): a constraint edited away leaves none.
  if (ps.scheduleFromFinish && !placing) st.conflict[i] = 0;
  if (startBound !== INF) {
    // A start bound read backwards: a milestone may sit at the end of the previous working period.
    const bound = duration === 0 ? snapFinish(cal, startBound, 0) : finishForStart(cal, startBound, duration);
    if (bound < finish) finish = bound;
  }
  const date = net.constraintDate[i];
  if ((bits & START_CEILING) !== 0) {
    const ceiling = finishForStart(cal, date, duration);
    if (ceiling < finish) finish = ceiling;
  }
  if ((bits & FINISH_CEILING) !== 0 && date < finish) finish = date;
  const deadline = net.deadline[i];
  if (deadline < finish) finish = deadline;
  if (hasSpans(net, i) && !hasProgress(net, i)) {
    spanFromFinish(net, i, finish, outS, outF);
    if (placing && !ps.scheduleFromFinish && outF[i] < st.ef[i]) {
      outS[i] = st.es[i];
      outF[i] = st.ef[i];
    }
    return outS[i] !== oldStart || outF[i] !== oldFinish;
  }
  finish = snapFinish(cal, finish, duration);
  if (!ps.scheduleFromFinish) {
    // From the start, a late-placed task never moves before its early dates (its predecessors).
    if (placing && finish < st.ef[i]) finish = st.ef[i];
  } else if ((bits & (START_FLOOR | FINISH_FLOOR)) !== 0) {
    // From the finish, floors are the inflexible side: links win unless constraints are honoured.
    const floor =
      (bits & START_FLOOR) !== 0 ? finishForStart(cal, date, duration) : snapFinish(cal, date, duration);
    if (!placing) st.conflict[i] = finish < floor ? 1 : 0;
    if (finish < floor && ps.honorConstraints) finish = floor;
  }
  outF[i] = finish;
  outS[i] = duration === 0 ? finish : cal.subtractWorking(finish, duration);
  return outS[i] !== oldStart || finish !== oldFinish;
}

/** A leaf placed at its late dates: ALAP (or the default when scheduling from the finish), not started. */
export function isPlacedLate(net: Network, i: number): boolean {
  return (net.flags[i] & FLAG_LATE) !== 0 && !hasProgress(net, i);
}

/** Full backward pass (late dates) in reverse topological order. */
export function backwardPass(net: Network, ps: PassSettings, st: ScheduleState): void {
  const { order } = net;
  for (let k = order.length - 1; k >= 0; k--) lateNode(net, ps, st, order[k], st.ls, st.lf, false);
}

/**
 * Backward pass over the upstream cone of `seeds` only (see forwardFrom), listing each node
 * recomputed in `journal` and each whose late dates changed in `trace.late`.
 * @returns the number of nodes recomputed.
 */
export function backwardFrom(
  net: Network,
  ps: PassSettings,
  st: ScheduleState,
  seeds: readonly number[],
  journal: NodeJournal,
  trace: PassTrace,
): number {
  const { order, position } = net;
  const { dirty } = st;
  let last = -1;
  let pending = 0;
  for (const seed of seeds) {
    if (dirty[seed] === 0) pending++;
    dirty[seed] = 1;
    if (position[seed] > last) last = position[seed];
  }
  let count = 0;
  for (let k = last; k >= 0 && pending > 0; k--) {
    const i = order[k];
    if (dirty[i] === 0) continue;
    dirty[i] = 0;
    pending--;
    count++;
    journal.add(i);
    if (!lateNode(net, ps, st, i, st.ls, st.lf, false)) continue;
    trace.late.push(i);
    for (let e = net.predStart[i]; e < net.predStart[i + 1]; e++) {
      const p = net.predNode[e];
      if (dirty[p] === 0) {
        dirty[p] = 1;
        pending++;
      }
    }
  }
  return count;
}

/** Scheduled dates: early dates, except tasks placed late, which take the latest dates their successors' scheduled dates allow. */
export function placementPass(net: Network, ps: PassSettings, st: ScheduleState): void {
  if (!net.hasLatePlacement) return;
  const { order } = net;
  for (let k = order.length - 1; k >= 0; k--) lateNode(net, ps, st, order[k], st.ss, st.sf, true);
}
