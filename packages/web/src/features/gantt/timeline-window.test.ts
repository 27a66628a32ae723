import { describe, expect, it } from 'vitest';
import { TASK_ROW_HEIGHT } from '../task-sheet/row-metrics';
import { sameRowWindow } from '../task-sheet/window-store';
import {
  ROW_CHUNK,
  rowWindow,
  scrollTopRevealing,
  TIMELINE_ROW_PHASE,
  timelineWindow,
  WINDOW_CHUNK,
} from './timeline-window';

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

describe('rowWindow', () => {
  // 900 px tall with a 36 px header: 864 px of rows, 27 rows of 32 px (rows 100..126 at 3200 px).
  it('covers the rows in view plus the overscan on each side', () => {
    // 27 rows in view, 4 of overscan each side, 1 more for a row partly in view: 36 slots.
    expect(rowWindow(3200, 900, 36, 32, 10_000, { overscan: 4, chunk: 1 })).toEqual({
      first: 96,
      last: 131,
      slots: 36,
    });
    expect(rowWindow(3210, 900, 36, 32, 10_000, { overscan: 0, chunk: 1 })).toEqual({
      first: 100,
      last: 127,
      slots: 28,
    });
  });
  it('starts at a whole chunk and changes only when scrolling crosses one', () => {
    const at = rowWindow(3200, 900, 36, 32, 10_000, { overscan: 4, chunk: 16 });
    expect(at).toEqual({ first: 96, last: 159, slots: 64 });
    expect(rowWindow(3200 + 64, 900, 36, 32, 10_000, { overscan: 4, chunk: 16 })).toEqual(at);
    // The top edge moves from row 96 to 112 once row 116 is the first in view (4 rows of overscan).
    expect(rowWindow(115 * 32, 900, 36, 32, 10_000, { overscan: 4, chunk: 16 }).first).toBe(96);
    expect(rowWindow(116 * 32, 900, 36, 32, 10_000, { overscan: 4, chunk: 16 }).first).toBe(112);
  });
  it('keeps its size while scrolling, so the rows leaving hand their slots to the rows coming in', () => {
    for (let top = 0; top < 20_000; top += 64) {
      const window = rowWindow(top, 900, 36, 32, 10_000, { chunk: 16, phase: 8 });
      if (window.first > 0) expect(window.last - window.first + 1).toBe(window.slots);
      expect(window.slots).toBe(64);
    }
  });
  it('puts the edges of another phase half a chunk away, so the two change on different frames', () => {
    const options = { overscan: 4, chunk: 16 };
    const changes = (phase: number) => {
      const frames: number[] = [];
      let last = rowWindow(0, 900, 36, 32, 10_000, { ...options, phase });
      for (let frame = 1; frame < 64; frame++) {
        const next = rowWindow(frame * 64, 900, 36, 32, 10_000, { ...options, phase });
        if (next.first !== last.first || next.last !== last.last) frames.push(frame);
        last = next;
      }
      return frames;
    };
    const a = changes(0);
    const b = changes(8);
    expect(a.length).toBeGreaterThan(4);
    expect(a.filter((frame) => b.includes(frame))).toEqual([]);
  });
  it("with the Gantt's rows and chunk, never changes both panes in one frame below half a chunk a frame", () => {
    expect(ROW_CHUNK % 2).toBe(0);
    // The sheet's window at phase 0, the timeline's half a chunk out of phase (use-scroll-windows).
    const half = TIMELINE_ROW_PHASE * TASK_ROW_HEIGHT;
    const phase = TIMELINE_ROW_PHASE;
    for (const step of [16, 40, 64, half - 1]) {
      let sheet = rowWindow(0, 900, 36, TASK_ROW_HEIGHT, 10_000);
      let timeline = rowWindow(0, 900, 36, TASK_ROW_HEIGHT, 10_000, { phase });
      let changedBoth = 0;
      let changedOne = 0;
      for (let top = step; top < 20_000; top += step) {
        const nextSheet = rowWindow(top, 900, 36, TASK_ROW_HEIGHT, 10_000);
        const nextTimeline = rowWindow(top, 900, 36, TASK_ROW_HEIGHT, 10_000, { phase });
        const a = !sameRowWindow(nextSheet, sheet);
        const b = !sameRowWindow(nextTimeline, timeline);
        if (a && b) changedBoth++;
        else if (a || b) changedOne++;
        sheet = nextSheet;
        timeline = nextTimeline;
      }
      expect(changedBoth).toBe(0);
      expect(changedOne).toBeGreaterThan(0);
    }
  });
  it('always covers the view', () => {
    for (let top = 0; top < 20_000; top += 37) {
      for (const phase of [0, TIMELINE_ROW_PHASE]) {
        const window = rowWindow(top, 900, 36, 32, 10_000, { phase });
        expect(window.first * 32).toBeLessThanOrEqual(top);
        expect((window.last + 1) * 32).toBeGreaterThanOrEqual(top + 864);
      }
    }
  });
  it('stays inside the rows and is empty without rows', () => {
    expect(rowWindow(0, 900, 36, 32, 6)).toMatchObject({ first: 0, last: 5 });
    expect(rowWindow(-40, 900, 36, 32, 6)).toMatchObject({ first: 0, last: 5 });
    expect(rowWindow(99_999, 900, 36, 32, 6)).toMatchObject({ first: 5, last: 5 });
    const none = rowWindow(0, 900, 36, 32, 0);
    expect(none.last).toBeLessThan(none.first);
  });
  it('refuses a phase outside its chunk or not whole, and rows without height', () => {
    expect(() => rowWindow(0, 900, 36, 32, 6, { chunk: 16, phase: 16 })).toThrow(
      /phase must be a whole number of rows within 0..15/,
    );
    expect(() => rowWindow(0, 900, 36, 32, 6, { chunk: 5, phase: 2.5 })).toThrow(/phase must be a whole/);
    expect(() => rowWindow(0, 900, 36, 0, 6)).toThrow(/rowHeight must be above 0/);
  });
});

describe('scrollTopRevealing', () => {
  it('keeps the scroll position when the row is in view', () => {
    expect(scrollTopRevealing(10, 0, 900, 36, 32)).toBe(0);
  });
  it('brings a row above the view to just below the header', () => {
    expect(scrollTopRevealing(10, 1000, 900, 36, 32)).toBe(320);
  });
  it('brings a row below the view to the bottom edge', () => {
    // 864 px of rows in view: row 40 ends at 1312 px.
    expect(scrollTopRevealing(40, 0, 900, 36, 32)).toBe(1312 - 864);
  });
});
