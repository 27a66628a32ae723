import { describe, expect, it } from 'vitest';
import { checkWeight, moveCriterion, weightShares } from './scorecard-order';

describe('moveCriterion', () => {
  it('moves a criterion up or down one place', () => {
    expect(moveCriterion(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveCriterion(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('refuses to move the first up or the last down', () => {
    expect(moveCriterion(['a', 'b'], 0, -1)).toBeNull();
    expect(moveCriterion(['a', 'b'], 1, 1)).toBeNull();
  });
});

describe('checkWeight', () => {
  it('accepts positive weights with up to three decimals and names what is wrong otherwise', () => {
    expect(checkWeight(3)).toBeNull();
    expect(checkWeight(0.125)).toBeNull();
    expect(checkWeight(null)).toBe('Give a weight');
    expect(checkWeight(0)).toBe('Must be above 0');
    expect(checkWeight(1.0005)).toBe('At most 3 decimals');
    expect(checkWeight(1_001)).toBe('At most 1,000');
  });
});

describe('weightShares', () => {
  it('gives each weight its share of the total in %', () => {
    expect(weightShares([3, 1])).toEqual([75, 25]);
    expect(weightShares([])).toEqual([]);
  });
});
