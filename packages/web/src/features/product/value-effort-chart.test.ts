import type { Feature } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { quadrantSplit, valueEffortPoints } from './value-effort-chart';

describe('valueEffortPoints', () => {
  it('keeps only features with both a value and an effort', () => {
    const features = [
      { id: 'a', title: 'A', value: 8, effort: 2 },
      { id: 'b', title: 'B', value: null, effort: 2 },
      { id: 'c', title: 'C', value: 3, effort: Number.NaN },
    ] as Feature[];
    expect(valueEffortPoints(features)).toEqual([{ id: 'a', title: 'A', value: 8, effort: 2 }]);
  });
});

describe('quadrantSplit', () => {
  it('splits each axis at the middle of its range', () => {
    expect(
      quadrantSplit([
        { id: 'a', title: 'A', value: 2, effort: 1 },
        { id: 'b', title: 'B', value: 10, effort: 5 },
      ]),
    ).toEqual({ value: 6, effort: 3 });
  });
});
