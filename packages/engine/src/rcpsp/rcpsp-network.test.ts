import { describe, expect, it } from 'vitest';
import { computeCpmTimes } from './cpm-bound';
import { buildInstance, SMALL_INSTANCE } from './rcpsp.testkit';
import { prepareRcpspNetwork } from './rcpsp-network';

describe('prepareRcpspNetwork', () => {
  it('builds predecessor lists and a topological order', () => {
    const net = prepareRcpspNetwork(SMALL_INSTANCE);
    expect([...net.predecessors.subarray(net.predecessorOffsets[3], net.predecessorOffsets[4])]).toEqual([2]);
    expect([...net.topologicalOrder]).toEqual([0, 1, 2, 3, 4]);
  });

  it('rejects a cycle', () => {
    const instance = buildInstance({
      durations: [0, 1, 1, 0],
      requests: [[0], [1], [1], [0]],
      capacities: [1],
      arcs: [
        [0, 1],
        [1, 2],
        [2, 1],
        [2, 3],
      ],
    });
    expect(() => prepareRcpspNetwork(instance)).toThrow(/cycle/);
  });

  it('names the activity whose request exceeds a capacity', () => {
    const instance = buildInstance({
      durations: [0, 1, 0],
      requests: [[0], [3], [0]],
      capacities: [2],
      arcs: [
        [0, 1],
        [1, 2],
      ],
    });
    expect(() => prepareRcpspNetwork(instance)).toThrow(
      'activity 1: request 3 exceeds capacity 2 of resource 0',
    );
  });

  it('names a successor that is not an activity', () => {
    const instance = { ...SMALL_INSTANCE, successors: Int32Array.from([1, 2, 4, 3, 9]) };
    expect(() => prepareRcpspNetwork(instance)).toThrow('successors[4] = 9 is not an activity');
  });
});

describe('computeCpmTimes', () => {
  it('gives the resource-free critical path and floats', () => {
    const cpm = computeCpmTimes(SMALL_INSTANCE);
    // 2 → 3 is 4 periods long, 1 is 3: the bound is 4 and 1 has 1 period of float.
    expect(cpm.length).toBe(4);
    expect([...cpm.earliestStarts]).toEqual([0, 0, 0, 2, 4]);
    expect([...cpm.latestStarts]).toEqual([0, 1, 0, 2, 4]);
  });
});
