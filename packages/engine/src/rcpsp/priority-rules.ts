import type { Prng } from '../random/prng';
import { computeCpmTimes } from './cpm-bound';
import type { RcpspNetwork } from './rcpsp-network';

/** Priority rules of the RCPSP literature (Kolisch 1996). */
export type PriorityRule = 'LFT' | 'LST' | 'MSLK' | 'MTS' | 'GRPW' | 'SPT' | 'LPT';

/** Every rule, for loops and CLI choices. */
export const PRIORITY_RULES: readonly PriorityRule[] = ['LFT', 'LST', 'MSLK', 'MTS', 'GRPW', 'SPT', 'LPT'];

/**
 * Priority value of every activity under a rule; the lower the value, the earlier it is picked.
 * Times come from an unconstrained CPM pass (periods); MTS counts all (transitive) successors;
 * GRPW is the duration of the activity plus those of its immediate successors.
 */
export function priorityValues(net: RcpspNetwork, rule: PriorityRule): Float64Array {
  const n = net.n;
  const cpm = computeCpmTimes(net);
  const out = new Float64Array(n);
  const { durations, successorOffsets, successors } = net;
  switch (rule) {
    case 'LFT':
      for (let j = 0; j < n; j++) out[j] = cpm.latestFinishes[j];
      break;
    case 'LST':
      for (let j = 0; j < n; j++) out[j] = cpm.latestStarts[j];
      break;
    case 'MSLK':
      for (let j = 0; j < n; j++) out[j] = cpm.latestStarts[j] - cpm.earliestStarts[j];
      break;
    case 'MTS': {
      const counts = transitiveSuccessorCounts(net);
      for (let j = 0; j < n; j++) out[j] = -counts[j];
      break;
    }
    case 'GRPW':
      for (let j = 0; j < n; j++) {
        let w = durations[j];
        for (let e = successorOffsets[j]; e < successorOffsets[j + 1]; e++) w += durations[successors[e]];
        out[j] = -w;
      }
      break;
    case 'SPT':
      for (let j = 0; j < n; j++) out[j] = durations[j];
      break;
    case 'LPT':
      for (let j = 0; j < n; j++) out[j] = -durations[j];
      break;
  }
  return out;
}

function transitiveSuccessorCounts(net: RcpspNetwork): Int32Array {
  const n = net.n;
  const words = (n + 31) >>> 5;
  const reach = new Uint32Array(n * words);
  const order = net.topologicalOrder;
  for (let k = n - 1; k >= 0; k--) {
    const j = order[k];
    for (let e = net.successorOffsets[j]; e < net.successorOffsets[j + 1]; e++) {
      const s = net.successors[e];
      reach[j * words + (s >>> 5)] |= 1 << (s & 31);
      for (let w = 0; w < words; w++) reach[j * words + w] |= reach[s * words + w];
    }
  }
  const counts = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    let c = 0;
    for (let w = 0; w < words; w++) {
      let x = reach[j * words + w];
      while (x !== 0) {
        x &= x - 1;
        c++;
      }
    }
    counts[j] = c;
  }
  return counts;
}

/**
 * Builds activity lists from priority values, with its buffers allocated once: repeatedly picks an
 * eligible activity (all predecessors listed), so every list it returns is precedence-feasible.
 */
export class ActivityListBuilder {
  private readonly remaining: Int32Array;
  private readonly eligible: Int32Array;
  private readonly weights: Float64Array;

  constructor(private readonly net: RcpspNetwork) {
    this.remaining = new Int32Array(net.n);
    this.eligible = new Int32Array(net.n);
    this.weights = new Float64Array(net.n);
  }

  /**
   * The list a priority rule gives: always the eligible activity of lowest value, ties to the
   * lowest number. Decoding it with the serial SGS is the classic single-pass serial method.
   */
  priorityList(values: Float64Array, out: Int32Array): Int32Array {
    return this.build(values, null, 0, out);
  }

  /**
   * A random list biased by a priority rule (regret-based biased random sampling, Drexl 1991): an
   * eligible activity is picked with probability ∝ (maxValue − value + 1)^alpha.
   * @param alpha bias exponent: 0 is uniform, larger follows the rule more closely
   */
  sample(values: Float64Array, rng: Prng, alpha: number, out: Int32Array): Int32Array {
    return this.build(values, rng, alpha, out);
  }

  private build(values: Float64Array, rng: Prng | null, alpha: number, out: Int32Array): Int32Array {
    const { net, remaining, eligible, weights } = this;
    const n = net.n;
    let eligibleCount = 0;
    for (let j = 0; j < n; j++) {
      remaining[j] = net.predecessorOffsets[j + 1] - net.predecessorOffsets[j];
      if (remaining[j] === 0) eligible[eligibleCount++] = j;
    }
    for (let k = 0; k < n; k++) {
      let pickIndex = 0;
      if (rng === null) {
        for (let x = 1; x < eligibleCount; x++) {
          const a = eligible[x];
          const b = eligible[pickIndex];
          if (values[a] < values[b] || (values[a] === values[b] && a < b)) pickIndex = x;
        }
      } else {
        let max = Number.NEGATIVE_INFINITY;
        for (let x = 0; x < eligibleCount; x++) max = Math.max(max, values[eligible[x]]);
        let total = 0;
        for (let x = 0; x < eligibleCount; x++) {
          weights[x] = (max - values[eligible[x]] + 1) ** alpha;
          total += weights[x];
        }
        let draw = rng.next() * total;
        pickIndex = eligibleCount - 1;
        for (let x = 0; x < eligibleCount; x++) {
          draw -= weights[x];
          if (draw < 0) {
            pickIndex = x;
            break;
          }
        }
      }
      const j = eligible[pickIndex];
      eligible[pickIndex] = eligible[--eligibleCount];
      out[k] = j;
      for (let e = net.successorOffsets[j]; e < net.successorOffsets[j + 1]; e++) {
        const s = net.successors[e];
        if (--remaining[s] === 0) eligible[eligibleCount++] = s;
      }
    }
    return out;
  }
}

/** {@link ActivityListBuilder.priorityList} for one-off use. */
export function priorityList(
  net: RcpspNetwork,
  values: Float64Array,
  out: Int32Array = new Int32Array(net.n),
): Int32Array {
  return new ActivityListBuilder(net).priorityList(values, out);
}
