import type { Feature, FeatureScores } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { parseScoreInput, scoreDisplay, sortFeatures } from './feature-scores';

function scores(partial: Partial<FeatureScores>): FeatureScores {
  return { rice: null, wsjf: null, valueEffort: null, scorecard: null, issues: [], ...partial };
}

function feature(id: string, rank: number, partial: Partial<FeatureScores>): Feature {
  return { id, rank, scores: scores(partial) } as Feature;
}

describe('scoreDisplay', () => {
  it('shows a finite score as a number', () => {
    expect(scoreDisplay(scores({ rice: 1234.567 }), 'rice')).toEqual({
      kind: 'value',
      value: 1234.567,
      text: '1,234.57',
    });
  });

  it('shows the server issue instead of a number when the score is missing', () => {
    const display = scoreDisplay(
      scores({ issues: [{ field: 'wsjf.jobSize', message: 'Job size must be above 0 to score' }] }),
      'wsjf',
    );
    expect(display).toEqual({ kind: 'issue', text: 'Job size must be above 0 to score' });
  });

  it('never shows NaN or Infinity even if one reaches the client', () => {
    expect(scoreDisplay(scores({ rice: Number.POSITIVE_INFINITY }), 'rice').kind).toBe('issue');
    expect(scoreDisplay(scores({ valueEffort: Number.NaN }), 'valueEffort').text).toBe('Not scored');
  });

  it('does not attribute a RICE issue to WSJF', () => {
    const display = scoreDisplay(
      scores({ issues: [{ field: 'rice.effort', message: 'Effort of 0 cannot score' }] }),
      'wsjf',
    );
    expect(display.text).toBe('Not scored');
  });

  it('names every scorecard criterion still without a value, and only for the scorecard', () => {
    const missing = scores({
      issues: [
        { field: 'scorecard.c1', message: 'Reach has no value yet' },
        { field: 'scorecard.c2', message: 'Urgency has no value yet' },
      ],
    });
    expect(scoreDisplay(missing, 'scorecard')).toEqual({
      kind: 'issue',
      text: 'Reach has no value yet; Urgency has no value yet',
    });
    expect(scoreDisplay(missing, 'rice').text).toBe('Not scored');
    expect(scoreDisplay(scores({ scorecard: 62.5 }), 'scorecard').text).toBe('62.5');
  });
});

describe('sortFeatures', () => {
  const list = [feature('a', 3, { rice: 10 }), feature('b', 1, {}), feature('c', 2, { rice: 40 })];

  it('orders by a score, best first, unscored last', () => {
    expect(sortFeatures(list, 'rice').map((f) => f.id)).toEqual(['c', 'a', 'b']);
  });

  it('orders by the weighted scorecard like any other score', () => {
    const carded = [
      feature('a', 1, { scorecard: 25 }),
      feature('b', 2, {}),
      feature('c', 3, { scorecard: 75 }),
    ];
    expect(sortFeatures(carded, 'scorecard').map((f) => f.id)).toEqual(['c', 'a', 'b']);
  });

  it('orders by manual rank ascending', () => {
    expect(sortFeatures(list, 'rank').map((f) => f.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('parseScoreInput', () => {
  it('clears on empty text and refuses non-numbers', () => {
    expect(parseScoreInput(' ')).toBeNull();
    expect(parseScoreInput('2.5')).toBe(2.5);
    expect(parseScoreInput('abc')).toBeUndefined();
  });
});
