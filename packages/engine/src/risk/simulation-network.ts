import { isElapsedUnit } from '../calendar/duration-units';
import type { WorkingCalendar } from '../calendar/working-calendar.types';
import type { LinkType, ProjectInput } from '../model/project.types';
import { ScheduleInputError, type ScheduleResult } from '../model/schedule.types';

/** Link types as small integers for the hot loop. */
export const LINK_FS = 0;
export const LINK_SS = 1;
export const LINK_FF = 2;
export const LINK_SF = 3;
const LINK_CODES: Record<LinkType, number> = { FS: LINK_FS, SS: LINK_SS, FF: LINK_FF, SF: LINK_SF };

/**
 * The leaf-task network the simulation reschedules thousands of times, on typed arrays. Times are
 * working minutes of the project calendar from the project start. Summary tasks are replaced by
 * their leaf descendants (a link to or from a summary binds each of its leaves), calendars other
 * than the project's and elapsed units are approximated by the project's working time; the result
 * is anchored to the engine's deterministic finish, so these approximations only scale the spread.
 */
export interface SimulationNetwork {
  readonly size: number;
  /** Leaf task ids (and virtual node ids), in topological order (index = position in every array below). */
  readonly ids: readonly string[];
  /** 1 for the zero-length nodes that stand for a summary's finish or start gate in links. */
  readonly isVirtual: Uint8Array;
  /** Deterministic duration, working minutes. */
  readonly duration: Float64Array;
  /** Share of the duration already done (0–1): only the rest is uncertain. */
  readonly done: Float64Array;
  /** Earliest start (working minutes): constraints, actual starts and tasks without predecessors. */
  readonly floor: Float64Array;
  /** Incoming links in CSR form: links of task i are inStart[i] .. inStart[i+1]-1. */
  readonly inStart: Int32Array;
  readonly inPred: Int32Array;
  readonly inType: Uint8Array;
  /** Lag in working minutes, or in percent of the predecessor's duration when inLagIsPercent. */
  readonly inLag: Float64Array;
  readonly inLagIsPercent: Uint8Array;
  /** Outgoing links in CSR form (for the backward pass). */
  readonly outStart: Int32Array;
  readonly outSucc: Int32Array;
  readonly outType: Uint8Array;
  readonly outLag: Float64Array;
  readonly outLagIsPercent: Uint8Array;
}

interface Edge {
  readonly p: number;
  readonly s: number;
  readonly type: number;
  readonly lag: number;
  readonly percent: boolean;
}

/** Builds the network from a project and its deterministic schedule (same task order). */
export function buildSimulationNetwork(
  project: ProjectInput,
  deterministic: ScheduleResult,
  calendar: WorkingCalendar,
): SimulationNetwork {
  const { tasks } = project;
  const hasChildren = new Set<string>();
  for (const task of tasks) if (task.parentId !== null) hasChildren.add(task.parentId);
  const childrenOf = new Map<string, string[]>();
  for (const task of tasks) {
    if (task.parentId === null) continue;
    const list = childrenOf.get(task.parentId) ?? [];
    list.push(task.id);
    childrenOf.set(task.parentId, list);
  }
  const scheduledById = new Map(deterministic.tasks.map((t) => [t.id, t]));
  const inputById = new Map(tasks.map((t) => [t.id, t]));

  // leaves in input order first; reordered topologically below
  const leafIds = tasks.filter((t) => !hasChildren.has(t.id) && t.active !== false).map((t) => t.id);
  const leafIndex = new Map(leafIds.map((id, i) => [id, i]));
  const hasPredecessor = new Uint8Array(leafIds.length);
  const leavesUnder = (id: string): number[] => {
    const own = leafIndex.get(id);
    if (own !== undefined) return [own];
    const out: number[] = [];
    for (const child of childrenOf.get(id) ?? []) out.push(...leavesUnder(child));
    return out;
  };

  const elapsedToWorking = project.settings.minutesPerWeek / 10_080;
  const edges: Edge[] = [];
  // node ids: leaves first, then the virtual nodes that stand for summaries in links
  const nodeIds = [...leafIds];
  const virtual: boolean[] = leafIds.map(() => false);
  const addNode = (id: string): number => {
    nodeIds.push(id);
    virtual.push(true);
    return nodeIds.length - 1;
  };
  // A summary as predecessor: its finish is the latest finish of its leaves (a zero-length node
  // after each of them); its start, for SS/SF, is approximated by its first leaf in the schedule.
  const finishNodes = new Map<string, number>();
  const summaryFinish = (id: string): number => {
    let node = finishNodes.get(id);
    if (node === undefined) {
      node = addNode(`${id}#finish`);
      for (const leaf of leavesUnder(id))
        edges.push({ p: leaf, s: node, type: LINK_FS, lag: 0, percent: false });
      finishNodes.set(id, node);
    }
    return node;
  };
  const firstLeaf = (id: string): number | undefined => {
    let best: number | undefined;
    let bestStart = Number.POSITIVE_INFINITY;
    for (const leaf of leavesUnder(id)) {
      const start = scheduledById.get(leafIds[leaf])?.start ?? Number.POSITIVE_INFINITY;
      if (start < bestStart) {
        bestStart = start;
        best = leaf;
      }
    }
    return best;
  };
  // A summary as successor: a zero-length gate that each of its leaves may not start before.
  const gates = new Map<string, number>();
  const summaryGate = (id: string): number => {
    let node = gates.get(id);
    if (node === undefined) {
      node = addNode(`${id}#gate`);
      for (const leaf of leavesUnder(id))
        edges.push({ p: node, s: leaf, type: LINK_SS, lag: 0, percent: false });
      gates.set(id, node);
    }
    return node;
  };

  for (const link of project.links) {
    const pred = inputById.get(link.predecessorId);
    const succ = inputById.get(link.successorId);
    if (!pred || !succ) {
      throw new ScheduleInputError('missing-task', 'a link refers to a task that does not exist', [
        link.predecessorId,
        link.successorId,
      ]);
    }
    if (pred.active === false || succ.active === false) continue;
    const percent = link.lagUnit === '%' || link.lagUnit === 'e%';
    let lag = percent ? link.lag : isElapsedUnit(link.lagUnit) ? link.lag * elapsedToWorking : link.lag;
    let type = LINK_CODES[link.type];
    const predIsSummary = hasChildren.has(pred.id);
    const succIsSummary = hasChildren.has(succ.id);
    let p: number | undefined;
    if (!predIsSummary) p = leafIndex.get(pred.id);
    else if (type === LINK_FS || type === LINK_FF) p = summaryFinish(pred.id);
    else p = firstLeaf(pred.id);
    let s: number | undefined;
    if (!succIsSummary) {
      s = leafIndex.get(succ.id);
    } else {
      s = summaryGate(succ.id);
      // the gate bounds starts: a finish relation on the summary becomes one on its start, through
      // the summary's scheduled span
      if (type === LINK_FF || type === LINK_SF) {
        const span = scheduledById.get(succ.id)?.duration ?? 0;
        type = type === LINK_FF ? LINK_FS : LINK_SS;
        if (!percent) lag -= span;
      }
    }
    if (p === undefined || s === undefined || p === s) continue;
    edges.push({ p, s, type, lag, percent });
    if (s < leafIds.length) hasPredecessor[s] = 1;
    else for (const leaf of leavesUnder(succ.id)) hasPredecessor[leaf] = 1;
  }

  const order = topologicalOrder(nodeIds, edges);
  const position = new Int32Array(nodeIds.length);
  order.forEach((leaf, i) => {
    position[leaf] = i;
  });
  const n = nodeIds.length;
  const duration = new Float64Array(n);
  const done = new Float64Array(n);
  const floor = new Float64Array(n);
  const start = project.settings.start;
  for (let i = 0; i < n; i += 1) {
    const node = order[i];
    if (virtual[node]) continue; // zero-length, unpinned
    const id = nodeIds[node];
    const input = inputById.get(id);
    const scheduled = scheduledById.get(id);
    if (!input || !scheduled)
      throw new ScheduleInputError('missing-task', `task ${id} was not scheduled`, [id]);
    duration[i] = Math.max(0, scheduled.duration);
    done[i] = Math.min(1, Math.max(0, (input.percentComplete ?? 0) / 100));
    const constrained =
      input.constraint !== undefined && input.constraint.type !== 'ASAP' && input.constraint.type !== 'ALAP';
    const pinned =
      !hasPredecessor[node] ||
      constrained ||
      done[i] > 0 ||
      input.manual === true ||
      (input.levelingDelay ?? 0) > 0 ||
      input.actualStart != null;
    floor[i] = pinned ? calendar.workingBetween(start, scheduled.start) : 0;
  }

  const remapped = edges.map((e) => ({ ...e, p: position[e.p], s: position[e.s] }));
  const csr = (key: 'p' | 's') => {
    const other = key === 's' ? 'p' : 's';
    const startIndex = new Int32Array(n + 1);
    for (const e of remapped) startIndex[e[key] + 1] += 1;
    for (let i = 0; i < n; i += 1) startIndex[i + 1] += startIndex[i];
    const fill = startIndex.slice(0, n);
    const node = new Int32Array(remapped.length);
    const type = new Uint8Array(remapped.length);
    const lag = new Float64Array(remapped.length);
    const isPercent = new Uint8Array(remapped.length);
    for (const e of remapped) {
      const at = fill[e[key]]++;
      node[at] = e[other];
      type[at] = e.type;
      lag[at] = e.lag;
      isPercent[at] = e.percent ? 1 : 0;
    }
    return { startIndex, node, type, lag, isPercent };
  };
  const incoming = csr('s');
  const outgoing = csr('p');
  return {
    size: n,
    ids: order.map((node) => nodeIds[node]),
    isVirtual: Uint8Array.from(order, (node) => (virtual[node] ? 1 : 0)),
    duration,
    done,
    floor,
    inStart: incoming.startIndex,
    inPred: incoming.node,
    inType: incoming.type,
    inLag: incoming.lag,
    inLagIsPercent: incoming.isPercent,
    outStart: outgoing.startIndex,
    outSucc: outgoing.node,
    outType: outgoing.type,
    outLag: outgoing.lag,
    outLagIsPercent: outgoing.isPercent,
  };
}

function topologicalOrder(ids: readonly string[], edges: readonly Edge[]): number[] {
  const n = ids.length;
  const indegree = new Int32Array(n);
  const successors: number[][] = Array.from({ length: n }, () => []);
  for (const e of edges) {
    indegree[e.s] += 1;
    successors[e.p].push(e.s);
  }
  const order: number[] = [];
  for (let i = 0; i < n; i += 1) if (indegree[i] === 0) order.push(i);
  for (let head = 0; head < order.length; head += 1) {
    for (const s of successors[order[head]]) {
      indegree[s] -= 1;
      if (indegree[s] === 0) order.push(s);
    }
  }
  if (order.length < n) {
    const stuck = ids.filter((_, i) => indegree[i] > 0);
    throw new ScheduleInputError(
      'cycle',
      `the links form a cycle through ${stuck.slice(0, 5).join(', ')}`,
      stuck,
    );
  }
  return order;
}
