import { describe, expect, it } from 'vitest';
import { keyResultProgress, objectiveProgress } from './goal-progress';

describe('keyResultProgress', () => {
  it('measures the way from baseline to target, clamped to 0..1', () => {
    // 40 → 100 signups, now 70: 30 of 60 = half way
    expect(keyResultProgress({ baseline: 40, target: 100, current: 70 })).toBe(0.5);
    expect(keyResultProgress({ baseline: 40, target: 100, current: 130 })).toBe(1);
    expect(keyResultProgress({ baseline: 40, target: 100, current: 10 })).toBe(0);
  });

  it('handles targets below the baseline (reduce churn 8 % → 5 %)', () => {
    // now 7 %: 1 of 3 points = a third
    expect(keyResultProgress({ baseline: 8, target: 5, current: 7 })).toBeCloseTo(1 / 3, 12);
  });

  it('refuses a key result with nothing to cover', () => {
    expect(() => keyResultProgress({ baseline: 3, target: 3, current: 3 })).toThrow(/differ/);
  });
});

describe('objectiveProgress', () => {
  it('averages its key results, and is unknown without any', () => {
    expect(objectiveProgress([0.5, 1, 0])).toBe(0.5);
    expect(objectiveProgress([])).toBeNull();
  });
});
