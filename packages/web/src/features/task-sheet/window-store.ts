import { useSyncExternalStore } from 'react';

/**
 * A value that changes while scrolling (the rendered rows, the drawn pixels of the timeline),
 * kept outside React state so that a scroll re-renders only the components that read it, never
 * the views around them.
 */
export interface WindowStore<T> {
  get(): T;
  /** Stores `next` and tells the subscribers, unless it equals the current value. */
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

/** A store holding `initial`; `same` tells when a new value changes nothing (no re-render). */
export function createWindowStore<T>(initial: T, same: (a: T, b: T) => boolean): WindowStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (same(value, next)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's value; the component re-renders (synchronously, in the same frame) when it changes. */
export function useWindow<T>(store: WindowStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/**
 * The rows to render, inclusive indexes into the visible rows; `last < first` when none. Row `i`
 * renders in slot `i % slots` (`slots` is at least the window's size): keyed by slot, the row
 * elements stay while scrolling and show other rows, instead of being removed and created.
 */
export interface RowWindow {
  readonly first: number;
  readonly last: number;
  readonly slots: number;
}

export function sameRowWindow(a: RowWindow, b: RowWindow): boolean {
  return a.first === b.first && a.last === b.last && a.slots === b.slots;
}

/** A row of a window and the slot it renders in. */
export interface SlottedRow {
  readonly slot: number;
  readonly index: number;
}

/**
 * The window's rows in slot order. Rendered in this order, keyed by slot, a scroll changes what
 * some slots show and never moves an element: a moved or new element is styled and laid out from
 * scratch, a reused one only where its content changed. (The DOM order is therefore the visual
 * order rotated; `aria-rowindex` tells each row's place.)
 */
export function rowsBySlot({ first, last, slots }: RowWindow): SlottedRow[] {
  if (last < first) return [];
  if (last - first + 1 > slots)
    throw new RangeError(`rowsBySlot: rows ${first}..${last} do not fit in ${slots} slots`);
  const rows: SlottedRow[] = [];
  const offset = first % slots;
  for (let slot = 0; slot < slots; slot++) {
    const index = first + ((slot - offset + slots) % slots);
    if (index <= last) rows.push({ slot, index });
  }
  return rows;
}
