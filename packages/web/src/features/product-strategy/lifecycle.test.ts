import type { Product } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { daysBetween, formatStay, nextStage, stageChangeProblem, stagePeriods } from './lifecycle';

const history: Product['stageHistory'] = [
  { stage: 'discovery', date: '2026-01-05', changedBy: 'u1' },
  { stage: 'introduction', date: '2026-03-02', changedBy: 'u2' },
  { stage: 'growth', date: '2026-03-02', changedBy: null },
];

describe('stagePeriods', () => {
  it('ends each stay on the next change and counts the current one to today', () => {
    const periods = stagePeriods(history, '2026-03-12');
    expect(periods.map((p) => [p.stage, p.from, p.until, p.days])).toEqual([
      ['discovery', '2026-01-05', '2026-03-02', 56],
      ['introduction', '2026-03-02', '2026-03-02', 0],
      ['growth', '2026-03-02', null, 10],
    ]);
    expect(periods[1].changedBy).toBe('u2');
  });

  it('never counts negative days when the clock is behind the last change', () => {
    expect(stagePeriods(history, '2026-03-01').at(-1)?.days).toBe(0);
  });

  it('is empty without history', () => {
    expect(stagePeriods([], '2026-03-01')).toEqual([]);
  });
});

describe('daysBetween', () => {
  it('counts calendar days across a DST change and a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-31')).toBe(32);
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30);
  });

  it('names the unreadable date', () => {
    expect(() => daysBetween('2026-13-45x', '2026-01-01')).toThrow(/2026-13-45x/);
  });
});

describe('formatStay', () => {
  it('rounds to the unit a reader expects', () => {
    expect(formatStay(0)).toBe('less than a day');
    expect(formatStay(1)).toBe('1 day');
    expect(formatStay(13)).toBe('13 days');
    expect(formatStay(21)).toBe('3 weeks');
    expect(formatStay(120)).toBe('4 months');
    expect(formatStay(800)).toBe('2 years');
  });
});

describe('stageChangeProblem', () => {
  const product = { lifecycleStage: 'growth' as const, stageHistory: history };

  it('accepts a new stage dated between the last change and today', () => {
    expect(stageChangeProblem(product, 'maturity', '2026-03-05', '2026-03-12')).toBeNull();
    expect(stageChangeProblem(product, 'maturity', '2026-03-02', '2026-03-12')).toBeNull();
  });

  it('refuses the stage the product is already in', () => {
    expect(stageChangeProblem(product, 'growth', '2026-03-05', '2026-03-12')?.field).toBe('stage');
  });

  it('refuses a date before the last change, in the future, or missing', () => {
    expect(stageChangeProblem(product, 'maturity', '2026-03-01', '2026-03-12')).toEqual({
      field: 'date',
      message: 'Must be on or after the last change (2026-03-02)',
    });
    expect(stageChangeProblem(product, 'maturity', '2026-03-13', '2026-03-12')?.message).toBe(
      'Cannot be in the future',
    );
    expect(stageChangeProblem(product, 'maturity', '', '2026-03-12')?.field).toBe('date');
  });
});

describe('nextStage', () => {
  it('proposes the following stage, and none after decline', () => {
    expect(nextStage('discovery')).toBe('introduction');
    expect(nextStage('maturity')).toBe('decline');
    expect(nextStage('decline')).toBeNull();
  });
});
