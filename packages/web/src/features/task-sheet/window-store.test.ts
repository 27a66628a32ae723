import { describe, expect, it } from 'vitest';
import { rowWindow } from '../gantt/timeline-window';
import { createWindowStore, type RowWindow, rowChunks, sameRowWindow } from './window-store';

describe('createWindowStore', () => {
  it('tells subscribers of a change and not of an equal value', () => {
    const at = (first: number, last: number, slots: number): RowWindow => ({
      first,
      last,
      slots,
      chunk: 16,
      phase: 0,
    });
    const store = createWindowStore(at(0, 10, 16), sameRowWindow);
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.set(at(0, 10, 16));
    expect(calls).toBe(0);
    store.set(at(1, 11, 16));
    expect(calls).toBe(1);
    expect(store.get()).toEqual(at(1, 11, 16));
    store.set(at(1, 11, 32));
    expect(calls).toBe(2);
    unsubscribe();
    store.set(at(2, 12, 32));
    expect(calls).toBe(2);
  });
});

describe('rowChunks', () => {
  const window = (first: number, last: number, slots: number, chunk: number, phase = 0): RowWindow => ({
    first,
    last,
    slots,
    chunk,
    phase,
  });

  it('puts chunk n in box n mod boxes, its rows at their places, listed by box', () => {
    expect(rowChunks(window(8, 19, 12, 4))).toEqual([
      { slot: 0, start: 12, rows: [12, 13, 14, 15].map((index) => ({ index, place: index - 12 })) },
      { slot: 1, start: 16, rows: [16, 17, 18, 19].map((index) => ({ index, place: index - 16 })) },
      { slot: 2, start: 8, rows: [8, 9, 10, 11].map((index) => ({ index, place: index - 8 })) },
    ]);
  });

  it('starts a phase-shifted window cut at row 0 mid-chunk, and ends a short one early', () => {
    expect(rowChunks(window(0, 5, 8, 4, 2))).toEqual([
      { slot: 0, start: 2, rows: [2, 3, 4, 5].map((index) => ({ index, place: index - 2 })) },
      {
        slot: 1,
        start: -2,
        rows: [
          { index: 0, place: 2 },
          { index: 1, place: 3 },
        ],
      },
    ]);
    expect(rowChunks(window(0, -1, 8, 4))).toEqual([]);
  });

  it('moves one box when a scroll crosses a chunk; the others keep their rows', () => {
    for (const phase of [0, 8]) {
      let before = rowChunks(rowWindow(0, 900, 36, 32, 10_000, { chunk: 16, phase }));
      for (let top = 64; top < 40_000; top += 64) {
        const after = rowChunks(rowWindow(top, 900, 36, 32, 10_000, { chunk: 16, phase }));
        const moved = after.filter((box) => before.find((b) => b.slot === box.slot)?.start !== box.start);
        expect(moved.length).toBeLessThanOrEqual(1);
        before = after;
      }
    }
  });

  it('shows every row of the window once, in the box and place of its chunk', () => {
    for (let top = 0; top < 20_000; top += 211) {
      const rows = rowWindow(top, 700, 36, 32, 400, { chunk: 16, phase: 8 });
      const chunks = rowChunks(rows);
      const shown = chunks.flatMap((box) => box.rows.map((row) => row.index)).sort((a, b) => a - b);
      const expected = Array.from(
        { length: Math.max(0, rows.last - rows.first + 1) },
        (_, i) => rows.first + i,
      );
      expect(shown).toEqual(expected);
      expect(new Set(chunks.map((box) => box.slot)).size).toBe(chunks.length);
      for (const box of chunks) {
        expect((((box.start - 8) % 16) + 16) % 16).toBe(0);
        for (const row of box.rows) expect(row.place).toBe(row.index - box.start);
      }
    }
  });

  it('refuses a window spanning more chunks than it has boxes', () => {
    expect(() => rowChunks(window(2, 9, 8, 4))).toThrow(/rows 2..9 span more than 2 chunks of 4/);
  });
});
