import { describe, expect, it } from 'vitest';
import { ROW_CHUNK, rowRange, timelineWindow, WINDOW_CHUNK } from './timeline-window';

describe('timelineWindow', () => {
  it('covers the visible pixels with a chunk of margin on each side', () => {
    const window = timelineWindow(1000, 800, 100_000);
    expect(window.fromX).toBeLessThanOrEqual(1000 - WINDOW_CHUNK / 2);
    expect(window.toX).toBeGreaterThanOrEqual(1800 + WINDOW_CHUNK / 2);
  });
  it('does not change while scrolling inside one chunk', () => {
    expect(timelineWindow(1030, 800, 100_000)).toEqual(timelineWindow(1100, 800, 100_000));
    expect(timelineWindow(1030, 800, 100_000)).not.toEqual(timelineWindow(1030 + WINDOW_CHUNK, 800, 100_000));
  });
  it('stays inside the timeline', () => {
    expect(timelineWindow(0, 800, 600)).toEqual({ fromX: 0, toX: 600 });
  });
});

describe('rowRange', () => {
  const rows = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => ({ index: from + i }));
  it('covers the virtualiser rows with a chunk of rows on each side', () => {
    const range = rowRange(rows(20, 45), 10_000);
    expect(range.first).toBeLessThanOrEqual(20 - ROW_CHUNK / 2);
    expect(range.last).toBeGreaterThanOrEqual(45 + ROW_CHUNK / 2);
  });
  it('does not change while scrolling inside a chunk', () => {
    expect(rowRange(rows(17, 42), 10_000)).toEqual(rowRange(rows(18, 43), 10_000));
    expect(rowRange(rows(17, 42), 10_000)).not.toEqual(
      rowRange(rows(17 + ROW_CHUNK, 42 + ROW_CHUNK), 10_000),
    );
  });
  it('stays inside the rows and is empty without rows', () => {
    expect(rowRange(rows(0, 5), 6)).toEqual({ first: 0, last: 5 });
    expect(rowRange([], 0)).toEqual({ first: -1, last: -2 });
  });
});
