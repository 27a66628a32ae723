import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/prng';
import { checkRcpspFeasibility } from './check-feasibility';
import { ParallelListSgs } from './parallel-list-sgs';
import { instanceArbitrary, SMALL_INSTANCE } from './rcpsp.testkit';
import type { RcpspNetwork } from './rcpsp-network';
import { prepareRcpspNetwork } from './rcpsp-network';
import { SerialSgs, toForwardTime } from './serial-sgs';

describe('parallel SGS over activity lists', () => {
  const net = prepareRcpspNetwork(SMALL_INSTANCE);

  it('starts an activity that fits at a decision point even when listed after one that waits', () => {
    const list = Int32Array.from([0, 2, 3, 1, 4]);
    // Serial: 2 at [0,2), 3 (2 units) at [2,4), so 1 (2 units) waits until 4: makespan 7.
    expect(new SerialSgs(net).decode(list)).toBe(7);
    // Parallel, t=0: 2 starts, 3 is not eligible, 1 fits beside 2. t=3: 1 done, 3 starts.
    const sgs = new ParallelListSgs(net);
    expect(sgs.decode(list)).toBe(5);
    expect([...sgs.starts]).toEqual([0, 0, 0, 3, 5]);
  });

  it('schedules the reversed network backward, which maps to a right-justified schedule', () => {
    const sgs = new ParallelListSgs(net, 'backward');
    // Reversed time: the sink at 0, then 3 at [0,2); 1 (2 units) cannot join it. t=2: 2 and 1 start.
    const makespan = sgs.decode(Int32Array.from([4, 3, 2, 1, 0]));
    expect(makespan).toBe(5);
    const starts = new Int32Array(5);
    toForwardTime(sgs.finishes, makespan, starts);
    expect([...starts]).toEqual([0, 0, 1, 3, 5]);
  });

  it('reports an activity whose predecessor is missing from the list', () => {
    const sgs = new ParallelListSgs(net);
    // 2 is missing, so 3 (its successor) can never start.
    expect(() => sgs.decode(Int32Array.from([0, 1, 3, 3, 4]))).toThrow(/activity 3 can never start/);
  });

  it('gives feasible non-delay schedules for any list order, in both directions', () => {
    fc.assert(
      fc.property(instanceArbitrary, fc.nat(), (instance, seed) => {
        const net = prepareRcpspNetwork(instance);
        if (net.variableCapacity) return;
        const list = shuffled(net.n, seed);
        for (const direction of ['forward', 'backward'] as const) {
          const sgs = new ParallelListSgs(net, direction);
          // A first decode of another order must leave nothing behind in the profile.
          sgs.decode(shuffled(net.n, seed + 1));
          const makespan = sgs.decode(list);
          const starts = new Int32Array(net.n);
          if (direction === 'forward') starts.set(sgs.starts);
          else toForwardTime(sgs.finishes, makespan, starts);
          expect(checkRcpspFeasibility(instance, starts)).toEqual([]);
          expect(waitingThatFits(net, direction, sgs.starts, sgs.finishes)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

function shuffled(n: number, seed: number): Int32Array {
  const rng = mulberry32(seed);
  const list = Int32Array.from({ length: n }, (_, j) => j);
  for (let i = n - 1; i > 0; i--) {
    const r = rng.int(0, i);
    [list[i], list[r]] = [list[r], list[i]];
  }
  return list;
}

/**
 * Activities that, at some decision point (time 0 or a finish) after their predecessors finished
 * and before their start, would have fitted beside every activity started by then: a non-delay
 * schedule has none. Times in the direction's own time.
 */
function waitingThatFits(
  net: RcpspNetwork,
  direction: 'forward' | 'backward',
  starts: Int32Array,
  finishes: Int32Array,
): string[] {
  const { n, resourceCount: R, durations, requests, capacityProfile } = net;
  const [offsets, preds] =
    direction === 'forward'
      ? [net.predecessorOffsets, net.predecessors]
      : [net.successorOffsets, net.successors];
  const points = [0, ...finishes];
  const found: string[] = [];
  for (let j = 0; j < n; j++) {
    let ready = 0;
    for (let e = offsets[j]; e < offsets[j + 1]; e++) ready = Math.max(ready, finishes[preds[e]]);
    for (const t of points) {
      if (t < ready || t >= starts[j]) continue;
      let fits = true;
      for (let u = t; u < t + durations[j] && fits; u++) {
        for (let r = 0; r < R && fits; r++) {
          let used = requests[j * R + r];
          for (let k = 0; k < n; k++) {
            if (k !== j && starts[k] <= t && starts[k] <= u && finishes[k] > u) used += requests[k * R + r];
          }
          fits = used <= capacityProfile[u * R + r];
        }
      }
      if (fits) found.push(`activity ${j} waits at ${t} until ${starts[j]}`);
    }
  }
  return found;
}
