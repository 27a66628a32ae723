import { describe, expect, it } from 'vitest';
import { benchPlan } from './bench-plan';

describe('bench plan', () => {
  it('builds phases of one summary and 49 leaves with finish-to-start chains', () => {
    const plan = benchPlan(1000, 7);
    expect(plan).toHaveLength(1000);
    expect(plan.filter((task) => task.summary)).toHaveLength(20);
    const keys = new Set(plan.map((task) => task.key));
    expect(keys.size).toBe(1000);
    const links = plan.flatMap((task) => task.predecessors.map((link) => [link.predecessorKey, task.key]));
    // 42 chained leaves per phase, plus 7 links into each phase that follows one in its stream
    expect(links).toHaveLength(20 * 42 + 15 * 7);
    for (const [from] of links) expect(keys.has(from)).toBe(true);
    // predecessors come earlier in outline order: the plan has no cycle
    const order = new Map(plan.map((task, index) => [task.key, index]));
    for (const [from, to] of links) expect(order.get(from)).toBeLessThan(order.get(to) ?? -1);
  });

  it('is the same for the same seed and differs for another', () => {
    const durations = (seed: number) => benchPlan(100, seed).map((task) => task.duration.minutes);
    expect(durations(3)).toEqual(durations(3));
    expect(durations(3)).not.toEqual(durations(4));
    expect(Math.min(...durations(3).filter((m) => m > 0))).toBeGreaterThanOrEqual(480);
    expect(Math.max(...durations(3))).toBeLessThanOrEqual(2400);
  });

  it('refuses a task count that is not a multiple of 50, naming it', () => {
    expect(() => benchPlan(120, 1)).toThrow(/multiple of 50, got 120/);
  });
});
