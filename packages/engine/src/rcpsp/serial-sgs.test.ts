import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/prng';
import { instanceArbitrary, SMALL_INSTANCE } from './rcpsp.testkit';
import { prepareRcpspNetwork, type RcpspNetwork } from './rcpsp-network';
import { SerialSgs, toForwardTime } from './serial-sgs';

describe('serial SGS', () => {
  const net = prepareRcpspNetwork(SMALL_INSTANCE);

  it('starts each listed activity at its earliest precedence- and resource-feasible period', () => {
    const sgs = new SerialSgs(net);
    // 1 takes 2 of 3 units over [0,3); 2 fits beside it; 3 follows 2 but needs 2 units, free from 3.
    expect(sgs.decode(Int32Array.from([0, 1, 2, 3, 4]))).toBe(5);
    expect([...sgs.starts]).toEqual([0, 0, 0, 3, 5]);
  });

  it('follows the list order, even when a later-listed activity could have gone first', () => {
    const sgs = new SerialSgs(net);
    // 2 then 3 occupy [0,4) with up to 2 units, so 1 (2 units) waits: at 2–3 only 1 unit is free.
    expect(sgs.decode(Int32Array.from([0, 2, 3, 1, 4]))).toBe(7);
    expect([...sgs.starts]).toEqual([0, 4, 0, 2, 7]);
  });

  it('resets its resource profile between decodes', () => {
    const sgs = new SerialSgs(net);
    sgs.decode(Int32Array.from([0, 2, 3, 1, 4]));
    expect(sgs.decode(Int32Array.from([0, 1, 2, 3, 4]))).toBe(5);
  });

  it('schedules the reversed network backward, which maps to a right-justified schedule', () => {
    const sgs = new SerialSgs(net, 'backward');
    // Reversed time: 3 at [0,2); 2 (its predecessor) after it at [2,4); 1 needs 2 units, blocked
    // by 3 in periods 0–1, fits at [2,5) beside 2; the source after all at 5.
    const makespan = sgs.decode(Int32Array.from([4, 3, 2, 1, 0]));
    expect(makespan).toBe(5);
    const starts = new Int32Array(5);
    toForwardTime(sgs.finishes, makespan, starts);
    // Forward: 1 at [0,3), 2 at [1,3) (as late as possible before 3), 3 at [3,5).
    expect([...starts]).toEqual([0, 0, 1, 3, 5]);
  });
});

/** A random precedence-feasible list in a direction (Kahn's algorithm with seeded picks). */
function randomOrder(net: RcpspNetwork, direction: 'forward' | 'backward', seed: number): Int32Array {
  const rng = mulberry32(seed);
  const forward = direction === 'forward';
  const [offsets] = forward
    ? [net.predecessorOffsets, net.predecessors]
    : [net.successorOffsets, net.successors];
  const [nextOffsets, next] = forward
    ? [net.successorOffsets, net.successors]
    : [net.predecessorOffsets, net.predecessors];
  const waiting = Array.from({ length: net.n }, (_, j) => offsets[j + 1] - offsets[j]);
  const ready = waiting.flatMap((w, j) => (w === 0 ? [j] : []));
  const out: number[] = [];
  while (ready.length > 0) {
    const j = ready.splice(rng.int(0, ready.length - 1), 1)[0];
    out.push(j);
    for (let e = nextOffsets[j]; e < nextOffsets[j + 1]; e++)
      if (--waiting[next[e]] === 0) ready.push(next[e]);
  }
  return Int32Array.from(out);
}

describe('serial SGS on a fixed prefix', () => {
  it('decodes the rest of a list on top of its prefix exactly as a whole decode does', () => {
    fc.assert(
      fc.property(instanceArbitrary, fc.nat(), fc.nat(), (instance, cut, seed) => {
        const net = prepareRcpspNetwork(instance);
        if (net.variableCapacity) return;
        for (const direction of ['forward', 'backward'] as const) {
          const list = randomOrder(net, direction, seed);
          // A second, different list decoded in between must not disturb the kept prefix.
          const other = randomOrder(net, direction, seed + 1);
          const whole = new SerialSgs(net, direction);
          const expected = whole.decode(list);
          const sgs = new SerialSgs(net, direction);
          const count = cut % (list.length + 1);
          sgs.fixPrefix(list, count);
          sgs.decode(other);
          expect(sgs.decodeTail(list, count)).toBe(expected);
          expect([...sgs.starts]).toEqual([...whole.starts]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('schedules the rest around activities placed as fixed obstacles', () => {
    const sgs = new SerialSgs(prepareRcpspNetwork(SMALL_INSTANCE));
    // 1 (2 of 3 units) pinned at [1,4): 2 (1 unit) still fits at 0; 3 (2 units) after 2 must wait for 4.
    const placed = Int32Array.from([0, 1]);
    sgs.fixPlaced(placed, 2, Int32Array.from([0, 1, 0, 0, 0]));
    expect(sgs.decodeTail(Int32Array.from([0, 1, 2, 3, 4]), 2)).toBe(6);
    expect([...sgs.starts]).toEqual([0, 1, 0, 4, 6]);
  });

  it('refuses a tail that does not start where the fixed prefix ends', () => {
    const sgs = new SerialSgs(prepareRcpspNetwork(SMALL_INSTANCE));
    const list = Int32Array.from([0, 1, 2, 3, 4]);
    sgs.fixPrefix(list, 2);
    expect(() => sgs.decodeTail(list, 3)).toThrow(/from 3 does not match the prefix fixed \(2\)/);
    expect(() => sgs.fixPrefix(list, 6)).toThrow(/count must be in \[0, 5\], got 6/);
  });
});
