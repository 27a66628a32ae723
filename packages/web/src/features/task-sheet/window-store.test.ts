import { describe, expect, it } from 'vitest';
import { createWindowStore, sameRowWindow } from './window-store';

describe('createWindowStore', () => {
  it('tells subscribers of a change and not of an equal value', () => {
    const store = createWindowStore({ first: 0, last: 10 }, sameRowWindow);
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.set({ first: 0, last: 10 });
    expect(calls).toBe(0);
    store.set({ first: 1, last: 11 });
    expect(calls).toBe(1);
    expect(store.get()).toEqual({ first: 1, last: 11 });
    unsubscribe();
    store.set({ first: 2, last: 12 });
    expect(calls).toBe(1);
  });
});
