import type { ScopePreview } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { describeShift, previewLines, scopeChange } from './scope-preview';

describe('scopeChange', () => {
  it('lists the features added and removed', () => {
    expect(scopeChange(['a', 'b'], ['b', 'c'])).toEqual({ add: ['c'], remove: ['a'] });
  });
});

describe('describeShift', () => {
  it('says days later or earlier, and unknown without dates', () => {
    expect(describeShift(2880)).toBe('+2 d');
    expect(describeShift(-1440)).toBe('−1 d');
    expect(describeShift(0)).toBe('no change');
    expect(describeShift(null)).toBe('unknown');
  });
});

describe('previewLines', () => {
  it('shows the date and the cost before and after', () => {
    const preview: ScopePreview = {
      before: { releaseFinish: '2027-01-01T17:00:00', costAtCompletionMinor: 100_000 },
      after: { releaseFinish: '2027-01-04T17:00:00', costAtCompletionMinor: 150_050 },
      releaseFinishShiftMinutes: 3 * 1440,
      costDeltaMinor: 50_050,
      goalsGained: [],
      goalsLost: [],
    };
    expect(previewLines(preview, (value) => value ?? '—')).toEqual([
      'Release date: 2027-01-01T17:00:00 → 2027-01-04T17:00:00 (+3 d)',
      'Cost at completion: 1,000.00 → 1,500.50 (+500.50)',
      'Goals covered: no change',
    ]);
  });

  it('names the goals the change starts and stops serving', () => {
    const preview: ScopePreview = {
      before: { releaseFinish: null, costAtCompletionMinor: 0 },
      after: { releaseFinish: null, costAtCompletionMinor: 0 },
      releaseFinishShiftMinutes: null,
      costDeltaMinor: 0,
      goalsGained: ['g1'],
      goalsLost: ['g2', 'gone'],
    };
    const titles = new Map([
      ['g1', 'Grow teams'],
      ['g2', 'Cut churn'],
    ]);
    expect(
      previewLines(
        preview,
        () => '—',
        (id) => titles.get(id),
      ).slice(2),
    ).toEqual(['Goals gaining coverage: Grow teams', 'Goals losing coverage: Cut churn, a goal']);
  });
});
