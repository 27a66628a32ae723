import type { LinkInput, LinkType } from '../model/project.types';
import { ScheduleInputError } from '../model/schedule.types';
import {
  ELAPSED_CALENDAR,
  FLAG_INACTIVE,
  FLAG_TASK_CALENDAR,
  LAG_ELAPSED,
  LAG_PERCENT,
  LAG_PERCENT_ELAPSED,
  LAG_WORKING,
  LINK_LAGGED,
  type Network,
} from './network.types';
import { topologicalOrder } from './topological-order';
import { FRESH_ARRAYS, type TypedAllocator } from './typed-arena';

export const LINK_CODES: Readonly<Record<LinkType, number>> = { FS: 0, SS: 1, FF: 2, SF: 3 };

/**
 * The edge kind of a link type (LINK_CODES), by comparison rather than a keyed lookup: type
 * strings are usually the same interned literals, so this is a few pointer compares per link.
 */
export function linkCode(type: LinkType): number {
  if (type === 'FS') return LINK_CODES.FS;
  if (type === 'SS') return LINK_CODES.SS;
  if (type === 'FF') return LINK_CODES.FF;
  return LINK_CODES.SF;
}

/** How a lag unit is counted (network.types.ts LAG_*). */
export function lagKindOf(unit: LinkInput['lagUnit']): number {
  if (unit === '%') return LAG_PERCENT;
  if (unit === 'e%') return LAG_PERCENT_ELAPSED;
  return unit.startsWith('e') ? LAG_ELAPSED : LAG_WORKING;
}

/**
 * The calendar a link's lag counts on: 24×7 for elapsed lags, else the successor's task calendar
 * when it has one, else the project calendar (see compileNetwork).
 */
export function lagCalendarOf(
  lagKind: number,
  successorFlags: number,
  successorCalendar: number,
  projectCalendar: number,
): number {
  if (lagKind === LAG_ELAPSED || lagKind === LAG_PERCENT_ELAPSED) return ELAPSED_CALENDAR;
  return (successorFlags & FLAG_TASK_CALENDAR) !== 0 ? successorCalendar : projectCalendar;
}

/**
 * CSR of edges grouped by `key` node: start offsets, the other end, the link index and the edge
 * kind, allocated from `keep`; `fill` is a work array of at least `nodeCount` entries.
 */
export function buildCsr(
  nodeCount: number,
  key: Int32Array,
  other: Int32Array,
  edgeType: Uint8Array,
  edgeLink: Int32Array,
  keep: TypedAllocator = FRESH_ARRAYS,
  fill: Int32Array = new Int32Array(nodeCount),
): { start: Int32Array; node: Int32Array; link: Int32Array; type: Uint8Array } {
  const start = keep.int32(nodeCount + 1);
  for (let e = 0; e < key.length; e++) start[key[e] + 1]++;
  for (let i = 0; i < nodeCount; i++) start[i + 1] += start[i];
  fill.set(start.subarray(0, nodeCount));
  const node = keep.int32(key.length);
  const link = keep.int32(key.length);
  // Edge kinds copied in adjacency order: the passes read them without a jump through `link`.
  const type = keep.uint8(key.length);
  for (let e = 0; e < key.length; e++) {
    const at = fill[key[e]]++;
    node[at] = other[e];
    link[at] = edgeLink[e];
    type[at] = edgeType[e];
  }
  return { start, node, link, type };
}

/**
 * Both adjacency directions and a topological order of the nodes; throws on a cycle. What the
 * network keeps comes from `keep`, work arrays from `scratch` (sizes: adjacencySize).
 */
export function orderedAdjacency(
  nodeCount: number,
  from: Int32Array,
  to: Int32Array,
  edgeType: Uint8Array,
  edgeLink: Int32Array,
  taskIds: readonly string[],
  taskOf: Int32Array,
  keep: TypedAllocator = FRESH_ARRAYS,
  scratch: TypedAllocator = FRESH_ARRAYS,
) {
  const fill = scratch.int32(nodeCount);
  const pred = buildCsr(nodeCount, to, from, edgeType, edgeLink, keep, fill);
  const succ = buildCsr(nodeCount, from, to, edgeType, edgeLink, keep, fill);
  const sorted = topologicalOrder(nodeCount, pred.start, pred.node, succ.start, succ.node, keep, scratch);
  if ('cycle' in sorted) throw cycleError(taskIds, taskOf, sorted.cycle);
  const position = keep.int32(nodeCount);
  for (let k = 0; k < nodeCount; k++) position[sorted.order[k]] = k;
  return {
    predStart: pred.start,
    predNode: pred.node,
    predLink: pred.link,
    predType: pred.type,
    succStart: succ.start,
    succNode: succ.node,
    succLink: succ.link,
    succType: succ.type,
    order: sorted.order,
    position,
  };
}

/**
 * Elements orderedAdjacency takes from `keep` and from `scratch` for `nodeCount` nodes and
 * `edgeCount` edges.
 */
export function adjacencySize(nodeCount: number, edgeCount: number) {
  return {
    keep: { float64: 0, int32: 2 * (nodeCount + 1) + 4 * edgeCount + 2 * nodeCount, uint8: 2 * edgeCount },
    scratch: { float64: 0, int32: 3 * nodeCount, uint8: 0 },
  };
}

/** The error for a cycle of nodes: the tasks that form it, in link order. */
export function cycleError(
  taskIds: readonly string[],
  taskOf: Int32Array,
  cycle: readonly number[],
): ScheduleInputError {
  const ids: string[] = [];
  for (const node of cycle) {
    const id = taskIds[taskOf[node]];
    if (ids[ids.length - 1] !== id) ids.push(id);
  }
  if (ids.length > 1 && ids[0] === ids[ids.length - 1]) ids.pop();
  return new ScheduleInputError('cycle', `dependency cycle: ${[...ids, ids[0]].join(' → ')}`, ids);
}

/**
 * The network with one user link added and/or some removed, without recompiling: the adjacency
 * is rebuilt from the current one (linear, typed arrays only) and re-sorted; node data and
 * computed dates stay valid, so only the cone of the changed links needs new passes.
 * `removed(l)` says which user links (by link index) go; `added` gets the next link index.
 * @throws ScheduleInputError when the added link closes a cycle (the network is left unchanged).
 */
export function editLinks(
  net: Network,
  added: { link: LinkInput; predecessor: number; successor: number } | null,
  removed: (l: number) => boolean,
): Network {
  const { nodeCount, succStart, succNode, succLink, succType } = net;
  const active =
    added !== null && ((net.flags[added.predecessor] | net.flags[added.successor]) & FLAG_INACTIVE) === 0;
  let count = active ? 1 : 0;
  for (let k = 0; k < succNode.length; k++) if (succLink[k] < 0 || !removed(succLink[k])) count++;
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  const edgeType = new Uint8Array(count);
  const edgeLink = new Int32Array(count);
  let e = 0;
  for (let i = 0; i < nodeCount; i++) {
    for (let k = succStart[i]; k < succStart[i + 1]; k++) {
      if (succLink[k] >= 0 && removed(succLink[k])) continue;
      from[e] = i;
      to[e] = succNode[k];
      edgeType[e] = succType[k];
      edgeLink[e] = succLink[k];
      e++;
    }
  }
  let { linkLag, linkLagKind, linkCalendar } = net;
  if (active && added) {
    const l = linkLag.length;
    const { link, predecessor, successor } = added;
    linkLag = grow(linkLag, link.lag);
    linkLagKind = grow(linkLagKind, lagKindOf(link.lagUnit));
    linkCalendar = grow(
      linkCalendar,
      lagCalendarOf(linkLagKind[l], net.flags[successor], net.calendar[successor], net.projectCalendar),
    );
    from[e] = net.finishNode[predecessor];
    to[e] = successor;
    edgeType[e] = linkCode(link.type) | (link.lag !== 0 ? LINK_LAGGED : 0);
    edgeLink[e] = l;
  }
  return {
    ...net,
    ...orderedAdjacency(nodeCount, from, to, edgeType, edgeLink, net.taskIds, net.taskOf),
    linkLag,
    linkLagKind,
    linkCalendar,
  };
}

function grow<T extends Float64Array | Uint8Array | Int32Array>(array: T, value: number): T {
  const next = new (array.constructor as new (length: number) => T)(array.length + 1);
  next.set(array);
  next[array.length] = value;
  return next;
}
