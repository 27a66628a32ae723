import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countNear } from './working-blocks';

/** The plain definition countNear must agree with. */
function countPlain(sorted: Int32Array, value: number, strict: boolean): number {
  let count = 0;
  for (const entry of sorted) if (strict ? entry < value : entry <= value) count++;
  return count;
}

describe('countNear', () => {
  it('counts the entries at or below (or below) a value whatever the hint', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 }),
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: -5, max: 45 }),
        fc.boolean(),
        (values, value, hint, strict) => {
          const sorted = Int32Array.from(values).sort();
          expect(countNear(sorted, value, hint, strict)).toBe(countPlain(sorted, value, strict));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds an answer far from the hint in a long array', () => {
    const sorted = Int32Array.from({ length: 10_000 }, (_, i) => i * 3);
    expect(countNear(sorted, 29_998, 0)).toBe(10_000);
    expect(countNear(sorted, 0, 9_999, true)).toBe(0);
    expect(countNear(sorted, 15_000, 2)).toBe(5_001);
  });
});
