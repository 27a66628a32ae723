import { describe, expect, it } from 'vitest';
import { createWindowStore, rowsBySlot, sameRowWindow } from './window-store';

describe('createWindowStore', () => {
  it('tells subscribers of a change and not of an equal value', () => {
    const store = createWindowStore({ first: 0, last: 10, slots: 16 }, sameRowWindow);
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.set({ first: 0, last: 10, slots: 16 });
    expect(calls).toBe(0);
    store.set({ first: 1, last: 11, slots: 16 });
    expect(calls).toBe(1);
    expect(store.get()).toEqual({ first: 1, last: 11, slots: 16 });
    store.set({ first: 1, last: 11, slots: 32 });
    expect(calls).toBe(2);
    unsubscribe();
    store.set({ first: 2, last: 12, slots: 32 });
    expect(calls).toBe(2);
  });
});

describe('rowsBySlot', () => {
  it('puts row i in slot i % slots, listed by slot', () => {
    expect(rowsBySlot({ first: 6, last: 9, slots: 4 })).toEqual([
      { slot: 0, index: 8 },
      { slot: 1, index: 9 },
      { slot: 2, index: 6 },
      { slot: 3, index: 7 },
    ]);
  });
  it('leaves the slots of a short window empty', () => {
    expect(rowsBySlot({ first: 0, last: 2, slots: 8 })).toEqual([
      { slot: 0, index: 0 },
      { slot: 1, index: 1 },
      { slot: 2, index: 2 },
    ]);
    expect(rowsBySlot({ first: 0, last: -1, slots: 8 })).toEqual([]);
  });
  it('keeps the slots of the rows that stay when the window moves', () => {
    const before = new Map(rowsBySlot({ first: 16, last: 63, slots: 48 }).map((r) => [r.index, r.slot]));
    const after = rowsBySlot({ first: 32, last: 79, slots: 48 });
    for (const { index, slot } of after) if (before.has(index)) expect(slot).toBe(before.get(index));
    // The 16 rows coming in take exactly the slots of the 16 that left.
    const incoming = after.filter((r) => r.index >= 64).map((r) => r.slot);
    expect(incoming.sort((a, b) => a - b)).toEqual([...before].filter(([i]) => i < 32).map(([, s]) => s));
  });
  it('refuses a window larger than its slots', () => {
    expect(() => rowsBySlot({ first: 0, last: 8, slots: 8 })).toThrow(/rows 0..8 do not fit in 8 slots/);
  });
});
