import { describe, expect, it } from 'vitest';
import { frameStats, median, percentile } from './bench-gantt-stats';

describe('bench gantt statistics', () => {
  it('takes percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
    expect(() => percentile([1], 120)).toThrow(/0–100/);
  });
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
  it('counts frames over 50 ms as long', () => {
    const stats = frameStats([16, 17, 16, 80, 16]);
    expect(stats).toMatchObject({ frames: 5, max: 80, longFrames: 1, dropped: 1, p50: 16 });
  });
});
