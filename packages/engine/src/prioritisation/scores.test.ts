import { describe, expect, it } from 'vitest';
import { kanoCategory, kanoMajority } from './kano';
import { riceScore } from './rice';
import { ScoreInputError } from './score-error';
import { scorecardScore, valueEffortQuadrant, valueEffortRatio } from './scorecard';
import { costOfDelay, wsjfScore } from './wsjf';

describe('riceScore', () => {
  it('is reach × impact × confidence / effort (Intercom worked example shape)', () => {
    // 500 customers a quarter, high impact (2), 80 % confidence, 2 person-months → 400
    expect(riceScore({ reach: 500, impact: 2, confidence: 0.8, effort: 2 })).toBe(400);
    // 10,000 reach, minimal impact (0.25), 50 % confidence, half a person-month → 2,500
    expect(riceScore({ reach: 10_000, impact: 0.25, confidence: 0.5, effort: 0.5 })).toBe(2_500);
  });

  it('is 0 when reach, impact or confidence is 0', () => {
    expect(riceScore({ reach: 0, impact: 3, confidence: 1, effort: 1 })).toBe(0);
    expect(riceScore({ reach: 100, impact: 3, confidence: 0, effort: 1 })).toBe(0);
  });

  it('refuses an effort of 0 instead of answering Infinity, naming the field', () => {
    expect(() => riceScore({ reach: 100, impact: 1, confidence: 1, effort: 0 })).toThrow(
      new ScoreInputError('effort', 'must be greater than 0'),
    );
  });

  it('names a missing input, a confidence above 1 and a non-number', () => {
    expect(() => riceScore({ reach: undefined, impact: 1, confidence: 1, effort: 1 })).toThrow(
      /^reach is missing$/,
    );
    expect(() => riceScore({ reach: 1, impact: 1, confidence: 80, effort: 1 })).toThrow(
      /^confidence must be at most 1$/,
    );
    expect(() => riceScore({ reach: Number.NaN, impact: 1, confidence: 1, effort: 1 })).toThrow(
      /^reach must be a number$/,
    );
    expect(() => riceScore({ reach: -5, impact: 1, confidence: 1, effort: 1 })).toThrow(
      /^reach must be at least 0$/,
    );
  });
});

describe('wsjfScore', () => {
  it('is cost of delay (value + time criticality + risk reduction) / job size', () => {
    // SAFe-style: BV 8, TC 5, RR/OE 3 → CoD 16; job size 8 → 2
    expect(costOfDelay({ businessValue: 8, timeCriticality: 5, riskReduction: 3 })).toBe(16);
    expect(wsjfScore({ businessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 8 })).toBe(2);
    // a small job with the same cost of delay goes first: 16 / 2 = 8
    expect(wsjfScore({ businessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 2 })).toBe(8);
  });

  it('is 0 with no cost of delay and refuses a job size of 0 or a missing component', () => {
    expect(wsjfScore({ businessValue: 0, timeCriticality: 0, riskReduction: 0, jobSize: 5 })).toBe(0);
    expect(() => wsjfScore({ businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 0 })).toThrow(
      /^jobSize must be greater than 0$/,
    );
    expect(() =>
      wsjfScore({ businessValue: 1, timeCriticality: null, riskReduction: 1, jobSize: 3 }),
    ).toThrow(/^timeCriticality is missing$/);
  });
});

describe('scorecardScore', () => {
  const criteria = [
    { id: 'value', name: 'Customer value', weight: 3 },
    { id: 'fit', name: 'Strategic fit', weight: 1 },
    { id: 'risk', name: 'Delivery risk', weight: 1, direction: 'cost' as const },
  ];

  it('is the weighted mean, cost criteria counting against', () => {
    // (3·4 + 1·5 − 1·2) / 5 = 15 / 5 = 3
    expect(scorecardScore(criteria, { value: 4, fit: 5, risk: 2 })).toBe(3);
  });

  it('names the criterion without a score and refuses all-zero weights', () => {
    expect(() => scorecardScore(criteria, { value: 4, fit: 5 })).toThrow(/^scores\.risk is missing$/);
    expect(() => scorecardScore([{ id: 'a', name: 'A', weight: 0 }], { a: 1 })).toThrow(/weight above 0/);
  });
});

describe('value/effort', () => {
  it('divides value by effort and places the 2×2 quadrant', () => {
    expect(valueEffortRatio(8, 2)).toBe(4);
    expect(() => valueEffortRatio(8, 0)).toThrow(/^effort must be greater than 0$/);
    const mid = { value: 5, effort: 5 };
    expect(valueEffortQuadrant(8, 2, mid)).toBe('quick-win');
    expect(valueEffortQuadrant(8, 8, mid)).toBe('big-bet');
    expect(valueEffortQuadrant(2, 2, mid)).toBe('fill-in');
    expect(valueEffortQuadrant(2, 8, mid)).toBe('money-pit');
  });
});

describe('Kano', () => {
  it("reads Kano's evaluation table", () => {
    expect(kanoCategory('like', 'dislike')).toBe('performance');
    expect(kanoCategory('like', 'neutral')).toBe('attractive');
    expect(kanoCategory('expect', 'dislike')).toBe('must-be');
    expect(kanoCategory('neutral', 'neutral')).toBe('indifferent');
    expect(kanoCategory('dislike', 'like')).toBe('reverse');
    expect(kanoCategory('like', 'like')).toBe('questionable');
  });

  it('takes the majority, ties going to the more important category', () => {
    expect(
      kanoMajority([
        ['like', 'neutral'],
        ['neutral', 'dislike'],
      ]),
    ).toBe('must-be');
    expect(kanoMajority([])).toBeNull();
  });
});
