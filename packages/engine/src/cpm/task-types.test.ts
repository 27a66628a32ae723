import { describe, expect, it } from 'vitest';
import { applyTaskEdit, reassign, TASK_TYPE_RULES } from './task-types';

const DAY = 480;
// One resource at 100 % for 5 days = 40 hours of work.
const load = { duration: 5 * DAY, assignments: [{ work: 5 * DAY, units: 1 }] };

describe('task types', () => {
  it('never recalculates the quantity a type fixes', () => {
    expect(Object.values(TASK_TYPE_RULES.fixedUnits)).not.toContain('units');
    expect(Object.values(TASK_TYPE_RULES.fixedWork)).not.toContain('work');
    expect(Object.values(TASK_TYPE_RULES.fixedDuration)).not.toContain('duration');
  });

  it('recomputes work when a fixed-units task gets longer', () => {
    const r = applyTaskEdit('fixedUnits', load, { field: 'duration', value: 10 * DAY });
    expect(r).toEqual({ duration: 10 * DAY, assignments: [{ work: 10 * DAY, units: 1 }] });
  });

  it('recomputes the duration when a fixed-units task gets more work', () => {
    const r = applyTaskEdit('fixedUnits', load, { field: 'work', value: 15 * DAY });
    expect(r.duration).toBe(15 * DAY);
  });

  it('lowers the units when a fixed-work task gets longer', () => {
    const r = applyTaskEdit('fixedWork', load, { field: 'duration', value: 10 * DAY });
    expect(r.assignments[0]).toEqual({ work: 5 * DAY, units: 0.5 });
  });

  it('shortens a fixed-work task when its units double', () => {
    const r = applyTaskEdit('fixedWork', load, { field: 'units', value: 2, index: 0 });
    expect(r.duration).toBe(2.5 * DAY);
  });

  it('keeps a fixed-duration task and scales units with work', () => {
    const r = applyTaskEdit('fixedDuration', load, { field: 'work', value: 10 * DAY });
    expect(r).toEqual({ duration: 5 * DAY, assignments: [{ work: 10 * DAY, units: 2 }] });
    const u = applyTaskEdit('fixedDuration', load, { field: 'units', value: 0.5, index: 0 });
    expect(u).toEqual({ duration: 5 * DAY, assignments: [{ work: 2.5 * DAY, units: 0.5 }] });
  });

  it('halves an effort-driven fixed-units task when a second resource joins', () => {
    const r = reassign('fixedUnits', true, load, [1, 1]);
    expect(r.duration).toBe(2.5 * DAY);
    expect(r.assignments.map((a) => a.work)).toEqual([2.5 * DAY, 2.5 * DAY]);
    const notDriven = reassign('fixedUnits', false, load, [1, 1]);
    expect(notDriven.duration).toBe(5 * DAY);
    expect(notDriven.assignments.map((a) => a.work)).toEqual([5 * DAY, 5 * DAY]);
  });

  it('rejects negative values', () => {
    expect(() => applyTaskEdit('fixedUnits', load, { field: 'duration', value: -1 })).toThrow(/non-negative/);
  });
});
