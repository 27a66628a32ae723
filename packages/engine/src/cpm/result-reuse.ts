import type { ScheduledTask } from '../model/schedule.types';
import { LINK_GATE, LINK_KIND_MASK, LINK_ROLLUP, type Network } from './network.types';
import type { ScheduleState } from './schedule-state';

/**
 * The computed values a schedule result was built from (a copy: the state's arrays change with
 * the next edit), kept so that the next result can reuse every task object whose inputs did not
 * change. An incremental edit moves a few dozen of a thousand tasks; rebuilding all of them (their
 * slack is calendar arithmetic) cost more than the edit's passes.
 */
export interface ResultSnapshot {
  readonly net: Network;
  readonly st: ScheduleState;
  /** es, ef, ls, lf, ss, sf, rls, rlf of every node, one after another. */
  readonly values: Float64Array;
  readonly conflict: Uint8Array;
  readonly projectStart: number;
  readonly projectFinish: number;
  readonly tasks: readonly ScheduledTask[];
}

const stateArrays = (st: ScheduleState): readonly Float64Array[] => [
  st.es,
  st.ef,
  st.ls,
  st.lf,
  st.ss,
  st.sf,
  st.rls,
  st.rlf,
];

/**
 * Copies what `tasks` were computed from (see ResultSnapshot), into the arrays of `spent` (a
 * snapshot no longer needed) when they have the size: an edit then allocates no new buffers.
 */
export function snapshotResult(
  net: Network,
  st: ScheduleState,
  tasks: readonly ScheduledTask[],
  spent?: ResultSnapshot | null,
): ResultSnapshot {
  const n = net.nodeCount;
  const arrays = stateArrays(st);
  const fits = spent?.values.length === arrays.length * n && spent.conflict.length === n;
  const values = fits ? spent.values : new Float64Array(arrays.length * n);
  for (let a = 0; a < arrays.length; a++) values.set(arrays[a], a * n);
  const conflict = fits ? spent.conflict : new Uint8Array(n);
  conflict.set(st.conflict);
  return {
    net,
    st,
    values,
    conflict,
    projectStart: st.projectStart,
    projectFinish: st.projectFinish,
    tasks,
  };
}

/**
 * Which tasks' scheduled values may differ from `previous.tasks`: those whose own nodes changed
 * (dates, late dates, roll-ups, conflict), those whose inputs were edited (`edited`, task indexes),
 * and those whose free slack reads a changed node (a successor, or the successor of a summary the
 * task rolls up into: as `freeSlack` walks them). Null when nothing can be reused: another network
 * or state (a link edit or recompile), or a moved project start or finish (every slack reads it).
 * @returns 1 per task index that must be rebuilt.
 */
export function tasksToRebuild(
  net: Network,
  st: ScheduleState,
  previous: ResultSnapshot,
  edited: readonly number[],
): Uint8Array | null {
  if (
    previous.net !== net ||
    previous.st !== st ||
    previous.projectStart !== st.projectStart ||
    previous.projectFinish !== st.projectFinish
  ) {
    return null;
  }
  const n = net.nodeCount;
  const changed = new Uint8Array(n);
  const arrays = stateArrays(st);
  const values = previous.values;
  for (let a = 0; a < arrays.length; a++) {
    const now = arrays[a];
    const offset = a * n;
    for (let i = 0; i < n; i++) {
      const a = now[i];
      const b = values[offset + i];
      // NaN (no date) stays NaN: unequal to itself, but no change
      if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) changed[i] = 1;
    }
  }
  for (let i = 0; i < n; i++) if (st.conflict[i] !== previous.conflict[i]) changed[i] = 1;

  // Per node: 0 unknown, 1 nothing its free slack reads changed, 2 something did.
  const reach = new Uint8Array(n);
  const reads = (node: number): boolean => {
    if (reach[node] !== 0) return reach[node] === 2;
    let moved = changed[node] === 1;
    for (let k = net.succStart[node]; k < net.succStart[node + 1] && !moved; k++) {
      const type = net.succType[k] & LINK_KIND_MASK;
      if (type === LINK_GATE) continue;
      const s = net.succNode[k];
      moved = type === LINK_ROLLUP ? reads(s) : changed[s] === 1;
    }
    reach[node] = moved ? 2 : 1;
    return moved;
  };
  const rebuild = new Uint8Array(net.taskCount);
  for (const t of edited) rebuild[t] = 1;
  for (let t = 0; t < net.taskCount; t++) {
    if (rebuild[t] === 1) continue;
    if (changed[t] === 1 || reads(net.finishNode[t])) rebuild[t] = 1;
  }
  return rebuild;
}
