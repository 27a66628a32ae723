import { describe, expect, it } from 'vitest';
import { ParallelSgs } from './parallel-sgs';
import { SMALL_INSTANCE } from './rcpsp.testkit';
import { prepareRcpspNetwork } from './rcpsp-network';

describe('parallel SGS', () => {
  const net = prepareRcpspNetwork(SMALL_INSTANCE);

  it('starts at each decision time every eligible activity that fits, in priority order', () => {
    const sgs = new ParallelSgs(net);
    // Priority 2, then 3, then 1. t=0: 2 (1 unit) and 1 (2 units) both fit. t=2: 3 is eligible
    // but needs 2 units while 1 holds 2 of 3. t=3: 1 finishes, 3 starts.
    const values = Float64Array.from([0, 3, 1, 2, 9]);
    expect(sgs.decode(values)).toBe(5);
    expect([...sgs.starts]).toEqual([0, 0, 0, 3, 5]);
  });

  it('never leaves a resource idle for an eligible activity that fits (non-delay)', () => {
    const sgs = new ParallelSgs(net);
    // With 1 given the lowest priority the serial list [0,2,3,1,4] makes 7 periods; parallel
    // still starts 1 at time 0 because it fits there.
    const values = Float64Array.from([0, 9, 1, 2, 10]);
    expect(sgs.decode(values)).toBe(5);
    expect(sgs.starts[1]).toBe(0);
  });

  it('breaks ties by the lowest activity number', () => {
    const sgs = new ParallelSgs(net);
    // All equal: 1 starts at 0 (2 units), then 2 (1 unit) fits beside it.
    sgs.decode(new Float64Array(5));
    expect([...sgs.starts]).toEqual([0, 0, 0, 3, 5]);
  });
});
