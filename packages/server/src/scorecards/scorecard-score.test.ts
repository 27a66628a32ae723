import { describe, expect, it } from 'vitest';
import { computeScorecardScore, placeOnScale } from './scorecard-score';
import type { CriterionRow } from './scorecards.repository';

function criterion(id: string, name: string, weightMilli: number, scaleMin = 1, scaleMax = 5): CriterionRow {
  return {
    workspace_id: 'ws',
    id,
    name,
    weight_milli: weightMilli,
    scale_min: scaleMin,
    scale_max: scaleMax,
    position: 0,
    version: 1,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
  };
}

describe('placeOnScale', () => {
  it('maps the scale minimum to 0 and its maximum to 100, linearly', () => {
    expect(placeOnScale(1, 1, 5)).toBe(0);
    expect(placeOnScale(3, 1, 5)).toBe(50);
    expect(placeOnScale(5, 1, 5)).toBe(100);
    expect(placeOnScale(7, 0, 10)).toBe(70);
  });
});

describe('computeScorecardScore', () => {
  const criteria = [criterion('value', 'Customer value', 3_000), criterion('fit', 'Strategic fit', 1_000)];

  it('is the weighted mean of the placed values: weights 3 and 1, values 5 and 1 → 75', () => {
    const issues: { field: string; message: string }[] = [];
    const values = new Map([
      ['value', 5],
      ['fit', 1],
    ]);
    // (3·100 + 1·0) / (3 + 1)
    expect(computeScorecardScore({ criteria, values }, issues)).toBe(75);
    expect(issues).toEqual([]);
  });

  it('reads weights in thousandths, so 0.5 weighs half of 1', () => {
    const halves = [criterion('a', 'A', 500), criterion('b', 'B', 1_000, 0, 10)];
    // (0.5·100 + 1·40) / 1.5 = 60
    expect(
      computeScorecardScore(
        {
          criteria: halves,
          values: new Map([
            ['a', 5],
            ['b', 4],
          ]),
        },
        [],
      ),
    ).toBeCloseTo(60, 12);
  });

  it('is null and silent with no criteria or no values, and names each missing value otherwise', () => {
    const issues: { field: string; message: string }[] = [];
    expect(computeScorecardScore({ criteria: [], values: new Map([['x', 1]]) }, issues)).toBeNull();
    expect(computeScorecardScore({ criteria, values: new Map() }, issues)).toBeNull();
    expect(issues).toEqual([]);
    expect(computeScorecardScore({ criteria, values: new Map([['fit', 2]]) }, issues)).toBeNull();
    expect(issues).toEqual([{ field: 'scorecard.value', message: 'Customer value has no value yet' }]);
  });

  it('refuses a stored value off its scale instead of scoring past 100', () => {
    const issues: { field: string; message: string }[] = [];
    const values = new Map([
      ['value', 9],
      ['fit', 1],
    ]);
    expect(computeScorecardScore({ criteria, values }, issues)).toBeNull();
    expect(issues).toEqual([
      { field: 'scorecard.value', message: 'Customer value is 9, outside its scale 1–5' },
    ]);
  });
});
