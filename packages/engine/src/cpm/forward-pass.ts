import { hasSpans, spanFromStart } from './assignment-calendars';
import {
  CONSTRAINT_BITS,
  FINISH_CEILING,
  FINISH_FLOOR,
  PINNED,
  START_CEILING,
  START_FLOOR,
} from './constraints';
import { shiftByLag, snapStart, startForFinish } from './date-math';
import {
  LINK_FF,
  LINK_FS,
  LINK_GATE,
  LINK_KIND_MASK,
  LINK_LAGGED,
  LINK_SS,
  type Network,
  NODE_FIN,
  NODE_LEAF,
  type PassSettings,
} from './network.types';
import type { NodeJournal } from './node-journal';
import type { PassTrace } from './pass-trace';
import { hasProgress, placeManual, placeProgress } from './progress';
import type { ScheduleState } from './schedule-state';

/**
 * Early dates of node i from its predecessors' early dates (forward pass step). A summary finish
 * node rolls up min start / max finish of its children; a summary gate takes the start its links
 * give (its children may not start earlier); a leaf takes the latest start its links, the project
 * start and its constraint floors allow, checks its ceilings (conflicts) when scheduling from the
 * start, then snaps to working time and adds its duration on its calendar.
 * @returns whether es or ef of node i changed.
 */
export function earlyNode(net: Network, ps: PassSettings, st: ScheduleState, i: number): boolean {
  const { es, ef } = st;
  const oldStart = es[i];
  const oldFinish = ef[i];
  const kind = net.kind[i];
  if (kind === NODE_FIN) {
    let s = Number.POSITIVE_INFINITY;
    let f = Number.NEGATIVE_INFINITY;
    for (let k = net.predStart[i]; k < net.predStart[i + 1]; k++) {
      const p = net.predNode[k];
      if (es[p] < s) s = es[p];
      if (ef[p] > f) f = ef[p];
    }
    es[i] = s;
    ef[i] = f;
    return s !== oldStart || f !== oldFinish;
  }
  const cal = net.calendars[net.calendar[i]];
  const duration = kind === NODE_LEAF ? net.duration[i] : 0;
  let start = Number.NEGATIVE_INFINITY;
  // The latest finish an FF/SF link asks for: MS Project shows that finish when it drives the task.
  let linkFinish = Number.NEGATIVE_INFINITY;
  const { predNode, predType } = net;
  const end = net.predStart[i + 1];
  for (let k = net.predStart[i]; k < end; k++) {
    const p = predNode[k];
    const lagged = (predType[k] & LINK_LAGGED) !== 0;
    const type = predType[k] & LINK_KIND_MASK;
    let bound: number;
    if (type === LINK_GATE) {
      bound = es[p];
    } else {
      const base = type === LINK_FS || type === LINK_FF ? ef[p] : es[p];
      const t = lagged ? shiftByLag(net, st, net.predLink[k], p, base, 1) : base;
      if (type <= LINK_SS) {
        bound = t;
      } else {
        bound = startForFinish(cal, t, duration);
        if (t > linkFinish) linkFinish = t;
      }
    }
    if (bound > start) start = bound;
  }
  const bits = CONSTRAINT_BITS[net.constraint[i]];
  // The project start holds back tasks without a date of their own: MS Project lets an SNET/FNET
  // (or MSO/MFO) date place a task before the project start.
  if ((bits & (PINNED | START_FLOOR | FINISH_FLOOR)) === 0 && st.projectStart > start)
    start = st.projectStart;
  const date = net.constraintDate[i];
  if ((bits & START_FLOOR) !== 0 && date > start) start = date;
  if ((bits & FINISH_FLOOR) !== 0) {
    const floor = startForFinish(cal, date, duration);
    if (floor > start) start = floor;
  }
  if (!ps.scheduleFromFinish) st.conflict[i] = 0;
  if (kind !== NODE_LEAF) {
    es[i] = start;
    ef[i] = start;
    return start !== oldStart;
  }
  if (placeManual(net, st, i, cal)) return es[i] !== oldStart || ef[i] !== oldFinish;
  const progress = hasProgress(net, i);
  if (!progress && ps.moveUncompletedAfterStatusDate && ps.statusDate > start) start = ps.statusDate;
  // MS Project's levelling delay: elapsed time added to the early start of a task not yet started.
  if (!progress && net.levelingDelay[i] > 0) start = snapStart(cal, start, duration) + net.levelingDelay[i];
  start = snapStart(cal, start, duration);
  if (!ps.scheduleFromFinish && (bits & (START_CEILING | FINISH_CEILING)) !== 0) {
    const ceiling =
      (bits & START_CEILING) !== 0 ? snapStart(cal, date, duration) : startForFinish(cal, date, duration);
    if (start > ceiling) {
      st.conflict[i] = 1;
      if (ps.honorConstraints) start = ceiling;
    }
  }
  if (progress) {
    placeProgress(net, ps, st, i, cal, start);
  } else if (hasSpans(net, i)) {
    spanFromStart(net, i, start, es, ef);
  } else {
    es[i] = start;
    let finish = duration === 0 ? start : cal.addWorking(start, duration);
    // Driven by a finish link to the start of a working period (Monday 08:00), MS Project keeps
    // that finish rather than the equivalent end of the previous period (Friday 17:00).
    if (
      linkFinish > finish &&
      cal.toWorkingStart(linkFinish) === linkFinish &&
      cal.workingBetween(finish, linkFinish) === 0
    ) {
      finish = linkFinish;
    }
    ef[i] = finish;
  }
  return es[i] !== oldStart || ef[i] !== oldFinish;
}

/** Full forward pass in topological order. */
export function forwardPass(net: Network, ps: PassSettings, st: ScheduleState): void {
  const { order } = net;
  for (let k = 0; k < order.length; k++) earlyNode(net, ps, st, order[k]);
}

/**
 * Forward pass over the downstream cone of `seeds` only: a node is recomputed when marked, and
 * marks its successors when its dates change. Each node recomputed is listed in `journal`, and
 * each whose early dates changed in `trace.early` (with `trace.leftFinish` set when its early
 * finish was the project finish).
 * @returns the number of nodes recomputed.
 */
export function forwardFrom(
  net: Network,
  ps: PassSettings,
  st: ScheduleState,
  seeds: readonly number[],
  journal: NodeJournal,
  trace: PassTrace,
): number {
  const { order, position } = net;
  const { dirty } = st;
  let first = order.length;
  let pending = 0;
  for (const seed of seeds) {
    if (dirty[seed] === 0) pending++;
    dirty[seed] = 1;
    if (position[seed] < first) first = position[seed];
  }
  let count = 0;
  for (let k = first; k < order.length && pending > 0; k++) {
    const i = order[k];
    if (dirty[i] === 0) continue;
    dirty[i] = 0;
    pending--;
    count++;
    journal.add(i);
    const finish = st.ef[i];
    if (!earlyNode(net, ps, st, i)) continue;
    trace.early.push(i);
    if (finish === st.projectFinish) trace.leftFinish = true;
    for (let e = net.succStart[i]; e < net.succStart[i + 1]; e++) {
      const s = net.succNode[e];
      if (dirty[s] === 0) {
        dirty[s] = 1;
        pending++;
      }
    }
  }
  return count;
}
