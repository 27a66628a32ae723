import { describe, expect, it } from 'vitest';
import { SMALL_INSTANCE } from './rcpsp.testkit';
import { prepareRcpspNetwork } from './rcpsp-network';
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
