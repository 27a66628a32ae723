import type { Goal } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { EMPTY_OBJECTIVE_FORM, goalToForm, measureOf, objectiveRequestFrom } from './objective-form';

describe('objectiveRequestFrom', () => {
  const values = {
    ...EMPTY_OBJECTIVE_FORM,
    title: '  Grow self-serve  ',
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    keyResults: [
      { metric: 'Weekly active teams', baseline: 120, target: '200' },
      { id: 'kr-2', metric: 'Churn %', baseline: '8', target: 5 },
    ],
  };

  it('builds the body with numbers, trimmed text and kept key result ids', () => {
    expect(objectiveRequestFrom(values)).toEqual({
      request: {
        title: 'Grow self-serve',
        description: '',
        ownerId: null,
        periodStart: '2026-01-01',
        periodEnd: '2026-03-31',
        keyResults: [
          { metric: 'Weekly active teams', baseline: 120, target: 200 },
          { id: 'kr-2', metric: 'Churn %', baseline: 8, target: 5 },
        ],
      },
    });
  });

  it('sends no period as null', () => {
    const result = objectiveRequestFrom({ ...values, periodStart: '', periodEnd: '' });
    expect('request' in result && [result.request.periodStart, result.request.periodEnd]).toEqual([
      null,
      null,
    ]);
  });

  it('names each bad field by its form path', () => {
    const result = objectiveRequestFrom({
      ...values,
      title: ' ',
      periodEnd: '2025-12-31',
      keyResults: [
        { metric: '', baseline: 1, target: 1 },
        { metric: 'Revenue', baseline: '', target: 'lots' },
      ],
    });
    expect(result).toEqual({
      errors: {
        title: 'Title must not be empty',
        periodEnd: 'Must be on or after the start',
        'keyResults.0.metric': 'Name what is measured',
        'keyResults.0.target': 'Must differ from the baseline',
        'keyResults.1.baseline': 'Enter the starting value',
        'keyResults.1.target': 'Enter the value to reach',
      },
    });
  });

  it('round-trips an objective through the form', () => {
    const goal = {
      title: 'Win PMOs',
      description: 'why',
      ownerId: 'u1',
      periodStart: '2026-04-01',
      periodEnd: null,
      keyResults: [
        { id: 'k', metric: 'Deals', baseline: 0, target: 10, current: 4, confidence: 0.5, progress: 0.4 },
      ],
    } as unknown as Goal;
    expect(objectiveRequestFrom(goalToForm(goal))).toEqual({
      request: {
        title: 'Win PMOs',
        description: 'why',
        ownerId: 'u1',
        periodStart: '2026-04-01',
        periodEnd: null,
        keyResults: [{ id: 'k', metric: 'Deals', baseline: 0, target: 10 }],
      },
    });
  });
});

describe('measureOf', () => {
  it('reads typed numbers and refuses empty, non-numeric and out-of-range ones', () => {
    expect(measureOf('  ')).toBeNull();
    expect(measureOf('12.5')).toBe(12.5);
    expect(measureOf(-3)).toBe(-3);
    expect(measureOf('abc')).toBeNull();
    expect(measureOf(2e12)).toBeNull();
  });
});
