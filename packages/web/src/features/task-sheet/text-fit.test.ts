import { describe, expect, it } from 'vitest';
import { createCanvasMeasure, type MeasureText, textFits } from './text-fit';

// 7 px per character, 8 in bold: a stand-in for the canvas.
const measure: MeasureText = (text, weight) => text.length * (weight === 600 ? 8 : 7);

describe('textFits', () => {
  it('fits a text narrower than the width by the rounding slack', () => {
    expect(textFits('abcd', 30, 400, measure)).toBe(true);
    expect(textFits('abcd', 29, 400, measure)).toBe(false);
  });
  it('measures bold text in bold', () => {
    expect(textFits('abcd', 30, 600, measure)).toBe(false);
    expect(textFits('abcd', 34, 600, measure)).toBe(true);
  });
  it('treats an empty text as fitting and an unmeasured one as not', () => {
    expect(textFits('', 0, 400, null)).toBe(true);
    expect(textFits('a', 1_000, 400, null)).toBe(false);
    expect(textFits('a', 1_000, 400, () => null)).toBe(false);
  });
});

describe('createCanvasMeasure', () => {
  it('gives no measure without a font size', () => {
    expect(createCanvasMeasure('sans-serif', 0)).toBeNull();
  });
});
