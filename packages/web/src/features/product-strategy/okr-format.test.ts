import { describe, expect, it } from 'vitest';
import { confidenceLevel, formatMeasure, formatRatio } from './okr-format';

describe('okr formatting', () => {
  it('shows ratios as whole percents and null progress as no key results', () => {
    expect(formatRatio(0.426)).toBe('43 %');
    expect(formatRatio(1)).toBe('100 %');
    expect(formatRatio(null)).toBe('No key results');
  });

  it('groups thousands and uses a true minus', () => {
    expect(formatMeasure(1250.5)).toBe('1,250.5');
    expect(formatMeasure(-2)).toBe('−2');
  });

  it('bands confidence at 40 % and 70 %', () => {
    expect([0.39, 0.4, 0.69, 0.7].map(confidenceLevel)).toEqual(['low', 'medium', 'medium', 'high']);
  });
});
