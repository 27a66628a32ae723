import { backwardFrom, backwardPass, placementPass } from './backward-pass';
import { forwardFrom, forwardPass } from './forward-pass';
import { FLAG_INACTIVE, type Network, NODE_LEAF, type PassSettings } from './network.types';
import type { NodeJournal } from './node-journal';
import type { PassTrace } from './pass-trace';
import type { ScheduleState } from './schedule-state';
import { rollUpAbove, rollUpSummaries } from './summaries';

/** Latest early finish of the active leaf tasks (the project finish when scheduling from the start). */
function latestFinish(net: Network, st: ScheduleState, fallback: number): number {
  let finish = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < net.taskCount; i++) {
    if (net.kind[i] === NODE_LEAF && (net.flags[i] & FLAG_INACTIVE) === 0 && st.ef[i] > finish)
      finish = st.ef[i];
  }
  return finish === Number.NEGATIVE_INFINITY ? fallback : finish;
}

/** Earliest late start of the active leaf tasks (the project start when scheduling from the finish). */
function earliestStart(net: Network, st: ScheduleState, fallback: number): number {
  let start = Number.POSITIVE_INFINITY;
  for (let i = 0; i < net.taskCount; i++) {
    if (net.kind[i] === NODE_LEAF && (net.flags[i] & FLAG_INACTIVE) === 0 && st.ls[i] < start)
      start = st.ls[i];
  }
  return start === Number.POSITIVE_INFINITY ? fallback : start;
}

/**
 * Every pass in order. From the start: forward from the project start, backward from the latest
 * finish. From the finish: backward from the project finish, forward from the earliest late start.
 * Then tasks placed late, then summary roll-ups.
 */
export function runAllPasses(net: Network, ps: PassSettings, st: ScheduleState): void {
  if (ps.scheduleFromFinish) {
    st.projectFinish = ps.projectFinish;
    backwardPass(net, ps, st);
    st.projectStart = earliestStart(net, st, ps.projectFinish);
    forwardPass(net, ps, st);
  } else {
    st.projectStart = ps.projectStart;
    forwardPass(net, ps, st);
    st.projectFinish = latestFinish(net, st, ps.projectStart);
    backwardPass(net, ps, st);
  }
  placementPass(net, ps, st);
  rollUpSummaries(net, st);
}

/** How much an incremental update recomputed. */
export interface UpdateStats {
  readonly forwardNodes: number;
  readonly backwardNodes: number;
  /** A pass had to run over every node (the project start or finish moved). */
  readonly fullPass: boolean;
}

/**
 * Re-runs only the cone of the nodes whose inputs changed: downstream in the forward pass and
 * upstream in the backward pass, falling back to a full pass only when the project's anchor date
 * (finish from the start, start from the finish) moves. Roll-ups re-run above the nodes whose
 * dates moved only; placement runs whole when some task is placed late. `journal` lists the nodes
 * recomputed (or is marked `all` by a full pass or a placement); `trace` is scratch.
 */
export function runIncremental(
  net: Network,
  ps: PassSettings,
  st: ScheduleState,
  seeds: readonly number[],
  journal: NodeJournal,
  trace: PassTrace,
): UpdateStats {
  let forwardNodes = 0;
  let backwardNodes = 0;
  let fullPass = false;
  trace.reset();
  if (ps.scheduleFromFinish) {
    backwardNodes = backwardFrom(net, ps, st, seeds, journal, trace);
    const start = earliestStart(net, st, ps.projectFinish);
    if (start !== st.projectStart) {
      st.projectStart = start;
      forwardPass(net, ps, st);
      forwardNodes = net.nodeCount;
      fullPass = true;
    } else {
      forwardNodes = forwardFrom(net, ps, st, seeds, journal, trace);
    }
  } else {
    forwardNodes = forwardFrom(net, ps, st, seeds, journal, trace);
    const finish = movedFinish(net, st, ps, trace);
    if (finish !== st.projectFinish) {
      st.projectFinish = finish;
      backwardPass(net, ps, st);
      backwardNodes = net.nodeCount;
      fullPass = true;
    } else {
      // Late dates read early ones too: a child is held back by its summary's late start only
      // when it can be the summary's earliest child, and a percent lag out of a summary counts
      // its early span. Every node whose early dates moved is a seed, with the edited ones.
      const backwardSeeds = trace.early.length > 0 ? seeds.concat(trace.early) : seeds;
      backwardNodes = backwardFrom(net, ps, st, backwardSeeds, journal, trace);
    }
  }
  if (fullPass || net.hasLatePlacement) {
    journal.markAll();
    placementPass(net, ps, st);
    rollUpSummaries(net, st);
  } else {
    rollUpAbove(net, st, [trace.early, trace.late], journal);
  }
  return { forwardNodes, backwardNodes, fullPass };
}

/**
 * The project finish after a forward pass over a cone (`trace`): the latest early finish of the
 * moved leaves when one passed the finish, the finish unchanged when none left it, else a scan
 * of every task (the leaf that ended the project may have come earlier).
 */
function movedFinish(net: Network, st: ScheduleState, ps: PassSettings, trace: PassTrace): number {
  if (trace.leftFinish) return latestFinish(net, st, ps.projectStart);
  let finish = st.projectFinish;
  for (const i of trace.early) {
    if (net.kind[i] === NODE_LEAF && (net.flags[i] & FLAG_INACTIVE) === 0 && st.ef[i] > finish)
      finish = st.ef[i];
  }
  return finish;
}
