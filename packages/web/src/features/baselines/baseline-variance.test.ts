import type { BaselineComparisonItem } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import {
  filterComparison,
  formatVarianceDays,
  formatVarianceMinutes,
  summarizeComparison,
  varianceDays,
} from './baseline-variance';

const dates = { start: '2026-03-02T08:00:00', finish: '2026-03-06T17:00:00', duration: 2400 };

function item(taskId: string, variance: BaselineComparisonItem['variance']): BaselineComparisonItem {
  return {
    taskId,
    name: taskId,
    wbs: '1',
    summary: false,
    baseline: variance ? dates : null,
    current: dates,
    variance,
    slipped: (variance?.finish ?? 0) > 0,
  };
}

describe('variance in days', () => {
  it('converts working minutes with the project day length', () => {
    expect(varianceDays(960, 480)).toBe(2);
    expect(varianceDays(-720, 480)).toBe(-1.5);
    expect(varianceDays(720, 360)).toBe(2);
  });
  it('does not show a few minutes of float noise', () => {
    expect(varianceDays(1, 480)).toBe(0);
    expect(formatVarianceMinutes(-1, 480)).toBe('0d');
  });
  it('refuses a day without minutes', () => {
    expect(() => varianceDays(60, 0)).toThrow(/minutes per day/);
  });
  it('signs variances and trims decimals', () => {
    expect(formatVarianceDays(2)).toBe('+2d');
    expect(formatVarianceDays(-1.5)).toBe('−1.5d');
    expect(formatVarianceDays(0.25)).toBe('+0.25d');
    expect(formatVarianceDays(0)).toBe('0d');
    expect(formatVarianceMinutes(null, 480)).toBe('—');
  });
});

describe('comparison summary and filters', () => {
  const items = [
    item('on-plan', { start: 0, finish: 0, duration: 0 }),
    item('late', { start: 960, finish: 960, duration: 0 }),
    item('later', { start: 0, finish: 1440, duration: 1440 }),
    item('early', { start: -480, finish: -480, duration: 0 }),
    item('new', null),
  ];
  it('counts slipped and unbaselined tasks and finds the worst slip', () => {
    expect(summarizeComparison(items)).toEqual({
      slipped: 2,
      notBaselined: 1,
      worstFinishVariance: 1440,
      worstTaskId: 'later',
    });
  });
  it('keeps slipped tasks, or every task that moved', () => {
    expect(filterComparison(items, 'slipped').map((i) => i.taskId)).toEqual(['late', 'later']);
    expect(filterComparison(items, 'changed').map((i) => i.taskId)).toEqual([
      'late',
      'later',
      'early',
      'new',
    ]);
    expect(filterComparison(items, 'all')).toHaveLength(5);
  });
});
