import { describe, expect, it } from 'vitest';
import { checkRcpspFeasibility, describeRcpspViolation } from './check-feasibility';
import { SMALL_INSTANCE } from './rcpsp.testkit';

describe('checkRcpspFeasibility', () => {
  it('accepts a feasible schedule', () => {
    expect(checkRcpspFeasibility(SMALL_INSTANCE, [0, 0, 0, 3, 5])).toEqual([]);
  });

  it('reports an activity that starts before its predecessor finishes', () => {
    // 3 at 1 while its predecessor 2 runs until 2.
    const violations = checkRcpspFeasibility(SMALL_INSTANCE, [0, 3, 0, 1, 6]);
    expect(violations).toContainEqual({ kind: 'precedence', activity: 2, successor: 3, finish: 2, start: 1 });
  });

  it('reports the resource, period and activities of a capacity overload', () => {
    // 1 (2 units) and 3 (2 units) overlap at periods 2 and 3 with capacity 3.
    const violations = checkRcpspFeasibility(SMALL_INSTANCE, [0, 1, 0, 2, 5]);
    const capacity = violations.filter((v) => v.kind === 'capacity');
    expect(capacity).toEqual([
      { kind: 'capacity', resource: 0, period: 2, usage: 4, capacity: 3, activities: [1, 3] },
      { kind: 'capacity', resource: 0, period: 3, usage: 4, capacity: 3, activities: [1, 3] },
    ]);
    expect(describeRcpspViolation(capacity[0])).toBe(
      'resource 0 at period 2: usage 4 > capacity 3 (activities 1, 3)',
    );
  });

  it('checks capacity that varies over time', () => {
    const instance = { ...SMALL_INSTANCE, capacityOverTime: { periods: 2, values: Int32Array.from([3, 1]) } };
    // Period 1 allows 1 unit only; 1 (2 units) runs then.
    const violations = checkRcpspFeasibility(instance, [0, 0, 3, 5, 7]);
    expect(violations).toEqual([
      { kind: 'capacity', resource: 0, period: 1, usage: 2, capacity: 1, activities: [1] },
    ]);
  });

  it('reports negative or fractional starts', () => {
    const violations = checkRcpspFeasibility(SMALL_INSTANCE, [0, -1, 0.5, 3, 5]);
    expect(violations.filter((v) => v.kind === 'start').map((v) => v.activity)).toEqual([1, 2]);
  });
});
