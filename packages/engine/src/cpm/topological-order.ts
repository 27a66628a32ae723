import { FRESH_ARRAYS, type TypedAllocator } from './typed-arena';

/**
 * Kahn's algorithm over a CSR graph, depth first. Returns the order, or a cycle as a list of node indices in
 * link direction when the graph is not acyclic. The order comes from `keep`, the work arrays from `scratch`.
 */
export function topologicalOrder(
  nodeCount: number,
  predStart: Int32Array,
  predNode: Int32Array,
  succStart: Int32Array,
  succNode: Int32Array,
  keep: TypedAllocator = FRESH_ARRAYS,
  scratch: TypedAllocator = FRESH_ARRAYS,
): { order: Int32Array } | { cycle: number[] } {
  const indegree = scratch.int32(nodeCount);
  for (let i = 0; i < nodeCount; i++) indegree[i] = predStart[i + 1] - predStart[i];
  // Ready nodes wait on a stack (depth first, lowest index first): the order stays close to the
  // input's outline order, so the passes read nearby memory (about 1/3 faster on 1M tasks than
  // a breadth-first queue).
  const order = keep.int32(nodeCount);
  const ready = scratch.int32(nodeCount);
  let top = 0;
  let count = 0;
  for (let i = nodeCount - 1; i >= 0; i--) if (indegree[i] === 0) ready[top++] = i;
  while (top > 0) {
    const node = ready[--top];
    order[count++] = node;
    for (let k = succStart[node + 1] - 1; k >= succStart[node]; k--) {
      const s = succNode[k];
      if (--indegree[s] === 0) ready[top++] = s;
    }
  }
  if (count === nodeCount) return { order };
  return { cycle: findCycle(nodeCount, indegree, predStart, predNode) };
}

/** Every node left with indegree > 0 has a predecessor also left: walk back until a node repeats. */
function findCycle(
  nodeCount: number,
  indegree: Int32Array,
  predStart: Int32Array,
  predNode: Int32Array,
): number[] {
  let node = -1;
  for (let i = 0; i < nodeCount && node < 0; i++) if (indegree[i] > 0) node = i;
  const seenAt = new Map<number, number>();
  const path: number[] = [];
  while (!seenAt.has(node)) {
    seenAt.set(node, path.length);
    path.push(node);
    let next = -1;
    for (let k = predStart[node]; k < predStart[node + 1] && next < 0; k++) {
      if (indegree[predNode[k]] > 0) next = predNode[k];
    }
    node = next;
  }
  // path walks against the links; the cycle is its tail from the repeated node, reversed.
  return path.slice(seenAt.get(node)).reverse();
}
