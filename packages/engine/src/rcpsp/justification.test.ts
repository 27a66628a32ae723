import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRcpspFeasibility } from './check-feasibility';
import { Justifier } from './justification';
import { priorityList, priorityValues } from './priority-rules';
import { buildInstance, instanceArbitrary } from './rcpsp.testkit';
import { prepareRcpspNetwork } from './rcpsp-network';
import { SerialSgs } from './serial-sgs';

describe('Justifier (forward-backward improvement)', () => {
  it('never lengthens a schedule, keeps it feasible, and returns a list that decodes to it', () => {
    fc.assert(
      fc.property(instanceArbitrary, (instance) => {
        const net = prepareRcpspNetwork(instance);
        const sgs = new SerialSgs(net);
        const list = priorityList(net, priorityValues(net, 'SPT'));
        const before = sgs.decode(list);
        const out = new Int32Array(net.n);
        const after = new Justifier(net, sgs).improve(list, before, out);
        expect(after).toBeLessThanOrEqual(before);
        const starts = sgs.starts.slice();
        expect(checkRcpspFeasibility(instance, starts)).toEqual([]);
        expect(sgs.decode(out)).toBe(after);
      }),
      { numRuns: 300 },
    );
  });

  it('closes the gap a bad list leaves', () => {
    // One resource of capacity 2; 1 and 2 (1 period, 1 unit each) and 3 (2 periods, 1 unit) are
    // independent. The list 1, 2, 3 starts 1 and 2 at 0, so 3 waits until 1: makespan 3.
    // Backward (by decreasing finish: 3, 2, 1): 3 and 2 end together, 1 fits beside 3 → 2 periods.
    // Forward again by start (1, 3, 2): 1 and 3 at 0, 2 at 1 → makespan 2.
    const instance = buildInstance({
      durations: [0, 1, 1, 2, 0],
      requests: [[0], [1], [1], [1], [0]],
      capacities: [2],
      arcs: [
        [0, 1],
        [0, 2],
        [0, 3],
        [1, 4],
        [2, 4],
        [3, 4],
      ],
    });
    const net = prepareRcpspNetwork(instance);
    const sgs = new SerialSgs(net);
    const list = Int32Array.from([0, 1, 2, 3, 4]);
    const before = sgs.decode(list);
    const out = new Int32Array(5);
    const after = new Justifier(net, sgs).improve(list, before, out);
    expect(before).toBe(3);
    expect(after).toBe(2);
    expect([...sgs.starts]).toEqual([0, 0, 1, 0, 2]);
    expect([...out]).toEqual([0, 1, 3, 2, 4]);
  });
});
