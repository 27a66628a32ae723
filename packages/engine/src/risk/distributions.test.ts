import { describe, expect, it } from 'vitest';
import { BetaQuantileTable, normalCdf, pertShape, triangularQuantile } from './distributions';

describe('triangularQuantile', () => {
  it('is the inverse of the triangular CDF', () => {
    // a = 2, m = 4, b = 10: F(m) = 0.25
    expect(triangularQuantile(0, 2, 4, 10)).toBe(2);
    expect(triangularQuantile(0.25, 2, 4, 10)).toBeCloseTo(4, 12);
    expect(triangularQuantile(1, 2, 4, 10)).toBe(10);
    // F(x) = (x − a)² / ((b − a)(m − a)) below the mode: F(3) = 1/16
    expect(triangularQuantile(1 / 16, 2, 4, 10)).toBeCloseTo(3, 12);
    // F(x) = 1 − (b − x)² / ((b − a)(b − m)) above: F(7) = 1 − 9/48
    expect(triangularQuantile(1 - 9 / 48, 2, 4, 10)).toBeCloseTo(7, 12);
  });

  it('returns the single value of a degenerate estimate', () => {
    expect(triangularQuantile(0.7, 5, 5, 5)).toBe(5);
  });
});

describe('BetaQuantileTable (PERT)', () => {
  it('has the PERT mean (a + 4m + b) / 6', () => {
    const { alpha, beta } = pertShape(2, 4, 10);
    const table = new BetaQuantileTable(alpha, beta);
    let sum = 0;
    const n = 100_000;
    // midpoint rule over u: the mean of the quantile function is the distribution's mean
    for (let i = 0; i < n; i += 1) sum += 2 + 8 * table.quantile((i + 0.5) / n);
    expect(sum / n).toBeCloseTo((2 + 16 + 10) / 6, 4);
  });

  it('is the uniform distribution for α = β = 1', () => {
    const table = new BetaQuantileTable(1, 1);
    expect(table.quantile(0.3)).toBeCloseTo(0.3, 6);
  });

  it('rejects shapes that PERT never produces', () => {
    expect(() => new BetaQuantileTable(0.5, 2)).toThrow(/≥ 1/);
  });
});

describe('normalCdf', () => {
  it('matches tabulated values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1)).toBeCloseTo(0.841_344_746, 6);
    expect(normalCdf(-1.959_964)).toBeCloseTo(0.025, 6);
    expect(normalCdf(3)).toBeCloseTo(0.998_650_102, 6);
  });
});
