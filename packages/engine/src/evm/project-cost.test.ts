import { describe, expect, it } from 'vitest';
import { at, DAY, project } from '../cpm/project-builders.testkit';
import type { ResourceInput } from '../model/project.types';
import { assignmentCost, projectCostAtCompletion, rateAt } from './project-cost';

const ann: ResourceInput = {
  id: 'ann',
  name: 'Ann',
  type: 'work',
  maxUnits: 1,
  rates: [
    { from: null, standardRate: 5_000, overtimeRate: 7_500, costPerUse: 0 },
    // a raise from 1 March 2026
    { from: at('2026-03-01T00:00'), standardRate: 6_000, overtimeRate: 9_000, costPerUse: 2_500 },
  ],
};

describe('project cost', () => {
  it('takes the rate in force at the task start', () => {
    expect(rateAt(ann.rates, at('2026-02-27T08:00'))?.standardRate).toBe(5_000);
    expect(rateAt(ann.rates, at('2026-03-02T08:00'))?.standardRate).toBe(6_000);
  });

  it('costs work hours × rate + cost per use, material quantity × rate, and cost resources nothing', () => {
    const assignment = { id: 'a', taskId: 't', resourceId: 'ann', units: 1, work: 16 * 60 };
    expect(assignmentCost(assignment, ann, at('2026-02-02T08:00'))).toBe(80_000); // 16 h × 50.00
    expect(assignmentCost(assignment, ann, at('2026-03-02T08:00'))).toBe(98_500); // 16 h × 60.00 + 25.00
    const concrete: ResourceInput = {
      id: 'c',
      name: 'Concrete',
      type: 'material',
      maxUnits: 1,
      rates: [{ from: null, standardRate: 12_000, overtimeRate: 0, costPerUse: 0 }],
    };
    expect(assignmentCost({ ...assignment, work: 3 }, concrete, at('2026-02-02T08:00'))).toBe(36_000);
    expect(assignmentCost(assignment, { ...ann, type: 'cost' }, at('2026-02-02T08:00'))).toBe(0);
  });

  it('sums fixed and assignment costs of active tasks only', () => {
    const base = project([
      { id: 'a', duration: 2 * DAY, fixedCost: 10_000 },
      { id: 'b', duration: DAY, fixedCost: 99_999, active: false },
    ]);
    const plan = {
      ...base,
      resources: [ann],
      assignments: [
        { id: 'x', taskId: 'a', resourceId: 'ann', units: 1, work: 2 * DAY },
        { id: 'y', taskId: 'b', resourceId: 'ann', units: 1, work: DAY },
      ],
    };
    // a: 10,000 fixed + 16 h × 5,000 (the project starts in January)
    expect(projectCostAtCompletion(plan)).toBe(90_000);
  });
});
