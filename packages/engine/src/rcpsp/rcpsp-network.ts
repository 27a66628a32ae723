import type { RcpspInstance } from './rcpsp.types';

/**
 * An instance checked and prepared for the schedule generation schemes: predecessor lists beside
 * the successor lists, a topological order, and the capacity of every period up to `horizon`.
 */
export interface RcpspNetwork {
  readonly instance: RcpspInstance;
  readonly n: number;
  readonly resourceCount: number;
  readonly durations: Int32Array;
  readonly successorOffsets: Int32Array;
  readonly successors: Int32Array;
  readonly predecessorOffsets: Int32Array;
  readonly predecessors: Int32Array;
  readonly requests: Int32Array;
  /** A precedence-feasible order of all activities (Kahn, lowest number first). */
  readonly topologicalOrder: Int32Array;
  /** Periods covered by `capacityProfile`: enough for any serial or parallel SGS schedule. */
  readonly horizon: number;
  /** Capacity of resource r in period t at `capacityProfile[t * resourceCount + r]`. */
  readonly capacityProfile: Int32Array;
  /** True when capacity changes over time (justification is then not used). */
  readonly variableCapacity: boolean;
  /** `arc[i * n + j]` is 1 when j is an immediate successor of i. */
  readonly arc: Uint8Array;
}

/** Thrown for an instance that cannot be scheduled or is malformed; the message names the field. */
export class RcpspInstanceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RcpspInstanceError';
  }
}

/** Check an instance and build the arrays every scheme uses. Throws {@link RcpspInstanceError}. */
export function prepareRcpspNetwork(instance: RcpspInstance): RcpspNetwork {
  const n = instance.activityCount;
  const R = instance.resourceCount;
  const { durations, successorOffsets, successors, requests, capacities } = instance;
  if (!Number.isInteger(n) || n < 1) throw new RcpspInstanceError(`activityCount must be ≥ 1, got ${n}`);
  if (!Number.isInteger(R) || R < 0) throw new RcpspInstanceError(`resourceCount must be ≥ 0, got ${R}`);
  if (durations.length !== n)
    throw new RcpspInstanceError(`durations has ${durations.length} entries, expected ${n}`);
  if (successorOffsets.length !== n + 1) {
    throw new RcpspInstanceError(
      `successorOffsets has ${successorOffsets.length} entries, expected ${n + 1}`,
    );
  }
  if (requests.length !== n * R)
    throw new RcpspInstanceError(`requests has ${requests.length} entries, expected ${n * R}`);
  if (capacities.length !== R)
    throw new RcpspInstanceError(`capacities has ${capacities.length} entries, expected ${R}`);
  if (successorOffsets[0] !== 0 || successorOffsets[n] !== successors.length) {
    throw new RcpspInstanceError('successorOffsets must start at 0 and end at successors.length');
  }
  let durationSum = 0;
  for (let j = 0; j < n; j++) {
    if (durations[j] < 0) throw new RcpspInstanceError(`activity ${j}: negative duration ${durations[j]}`);
    durationSum += durations[j];
    if (successorOffsets[j + 1] < successorOffsets[j])
      throw new RcpspInstanceError(`successorOffsets decreases at ${j}`);
    for (let r = 0; r < R; r++) {
      const q = requests[j * R + r];
      if (q < 0) throw new RcpspInstanceError(`activity ${j}: negative request ${q} for resource ${r}`);
      if (q > capacities[r] && durations[j] > 0) {
        throw new RcpspInstanceError(
          `activity ${j}: request ${q} exceeds capacity ${capacities[r]} of resource ${r}`,
        );
      }
    }
  }
  const arc = new Uint8Array(n * n);
  const predCount = new Int32Array(n + 1);
  for (let k = 0; k < successors.length; k++) {
    const s = successors[k];
    if (s < 0 || s >= n) throw new RcpspInstanceError(`successors[${k}] = ${s} is not an activity`);
    predCount[s + 1]++;
  }
  for (let j = 0; j < n; j++) predCount[j + 1] += predCount[j];
  const predecessorOffsets = predCount.slice();
  const predecessors = new Int32Array(successors.length);
  const fill = predecessorOffsets.slice(0, n);
  for (let i = 0; i < n; i++) {
    for (let k = successorOffsets[i]; k < successorOffsets[i + 1]; k++) {
      const s = successors[k];
      if (s === i) throw new RcpspInstanceError(`activity ${i} is its own successor`);
      arc[i * n + s] = 1;
      predecessors[fill[s]++] = i;
    }
  }
  const topologicalOrder = topologicalSort(n, successorOffsets, successors, predecessorOffsets);

  const over = instance.capacityOverTime;
  const periods = over ? over.periods : 0;
  if (over && over.values.length !== periods * R) {
    throw new RcpspInstanceError(
      `capacityOverTime.values has ${over.values.length} entries, expected ${periods * R}`,
    );
  }
  const horizon = periods + durationSum + 1;
  const capacityProfile = new Int32Array(horizon * R);
  let variableCapacity = false;
  for (let t = 0; t < horizon; t++) {
    for (let r = 0; r < R; r++) {
      const c = t < periods && over ? over.values[t * R + r] : capacities[r];
      if (c < 0)
        throw new RcpspInstanceError(
          `capacityOverTime: negative capacity ${c} for resource ${r} at period ${t}`,
        );
      if (c !== capacities[r]) variableCapacity = true;
      capacityProfile[t * R + r] = c;
    }
  }
  return {
    instance,
    n,
    resourceCount: R,
    durations,
    successorOffsets,
    successors,
    predecessorOffsets,
    predecessors,
    requests,
    topologicalOrder,
    horizon,
    capacityProfile,
    variableCapacity,
    arc,
  };
}

function topologicalSort(n: number, succOff: Int32Array, succ: Int32Array, predOff: Int32Array): Int32Array {
  const indegree = new Int32Array(n);
  for (let j = 0; j < n; j++) indegree[j] = predOff[j + 1] - predOff[j];
  // A binary-heap-free Kahn: n is small, so scanning for the lowest ready number keeps the order canonical.
  const ready = new Uint8Array(n);
  for (let j = 0; j < n; j++) if (indegree[j] === 0) ready[j] = 1;
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    let pick = -1;
    for (let j = 0; j < n; j++) {
      if (ready[j] === 1) {
        pick = j;
        break;
      }
    }
    if (pick < 0) throw new RcpspInstanceError('the precedence relations contain a cycle');
    ready[pick] = 2;
    order[k] = pick;
    for (let e = succOff[pick]; e < succOff[pick + 1]; e++) {
      const s = succ[e];
      if (--indegree[s] === 0) ready[s] = 1;
    }
  }
  return order;
}
