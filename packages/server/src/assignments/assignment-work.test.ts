import { describe, expect, it } from 'vitest';
import { editedAssignmentLoad, newAssignmentLoad, workDrivenDuration } from './assignment-work';

describe('assignment units and work', () => {
  it('fills work as duration × units for a work resource, 100 % by default', () => {
    expect(newAssignmentLoad('work', 960, {})).toEqual({ units: 100, work: 960 });
    expect(newAssignmentLoad('work', 960, { units: 50 })).toEqual({ units: 50, work: 480 });
    expect(newAssignmentLoad('work', 960, { work: 100 })).toEqual({ units: 100, work: 100 });
  });

  it('refuses work without units, and units or work on a cost resource, naming the field', () => {
    expect(newAssignmentLoad('work', 960, { units: 0, work: 60 })).toEqual({
      field: 'body.units',
      message: 'must be above 0 when work is given',
    });
    expect(newAssignmentLoad('cost', 960, { units: 100 })).toMatchObject({ field: 'body.units' });
    expect(newAssignmentLoad('cost', 960, { work: 1 })).toMatchObject({ field: 'body.work' });
    expect(newAssignmentLoad('cost', 960, {})).toEqual({ units: 0, work: 0 });
  });

  it('treats a material assignment as a quantity', () => {
    expect(newAssignmentLoad('material', 960, { units: 12 })).toEqual({ units: 12, work: 12 });
    expect(newAssignmentLoad('material', 960, { work: 3.5 })).toEqual({ units: 3.5, work: 3.5 });
    expect(editedAssignmentLoad('material', { units: 2, work: 2 }, { work: 5 })).toEqual({
      units: 5,
      work: 5,
    });
  });

  it('keeps work when units change and units when work changes (fixed units)', () => {
    expect(editedAssignmentLoad('work', { units: 100, work: 960 }, { units: 50 })).toEqual({
      units: 50,
      work: 960,
    });
    expect(editedAssignmentLoad('work', { units: 50, work: 960 }, { work: 480 })).toEqual({
      units: 50,
      work: 480,
    });
    expect(editedAssignmentLoad('work', { units: 50, work: 960 }, { units: 0 })).toMatchObject({
      field: 'body.units',
    });
  });

  it("takes the longest assignment's work ÷ units as the task's duration", () => {
    // 960 minutes at 50 % = 1920; 600 at 100 % = 600; a zero-units assignment counts for nothing
    expect(
      workDrivenDuration([
        { units: 50, work: 960 },
        { units: 100, work: 600 },
        { units: 0, work: 0 },
      ]),
    ).toBe(1920);
    expect(workDrivenDuration([])).toBe(0);
  });
});
