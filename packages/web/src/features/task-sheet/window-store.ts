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
 * The rows to render, inclusive indexes into the visible rows; `last < first` when none. The rows
 * render by chunk in `slots / chunk` boxes (see `rowChunks`): the row elements stay while
 * scrolling and show other rows, instead of being removed and created.
 */
export interface RowWindow {
  readonly first: number;
  readonly last: number;
  readonly slots: number;
  /** The window's edges lie at `phase + k × chunk` (rows); `slots` is a whole number of chunks. */
  readonly chunk: number;
  readonly phase: number;
}

export function sameRowWindow(a: RowWindow, b: RowWindow): boolean {
  return a.first === b.first && a.last === b.last && a.slots === b.slots;
}

/** A row of a chunk and its place in the chunk (0 for the chunk's first row). */
export interface ChunkRow {
  readonly index: number;
  readonly place: number;
}

/**
 * A whole chunk of a window's rows, drawn in one box: `slot` is the box's (one of the window's
 * `slots / chunk`, chunk `n` in box `n mod boxes`), `start` the index of the chunk's first row
 * (below 0 when the rows start in its middle), `rows` those of its rows in the window.
 */
export interface RowChunk {
  readonly slot: number;
  readonly start: number;
  readonly rows: readonly ChunkRow[];
}

/**
 * The window's rows by chunk, listed by box. Each box is a contained element the size of a chunk
 * (see SheetRows and GanttRows): when a scroll crosses a chunk, one box moves and shows new rows,
 * and the others stay as they were. The browser repaints what is near the view every ~512 px of
 * scrolling; a box that did not change is not repainted then, its paint being clipped to its size.
 */
export function rowChunks({ first, last, slots, chunk, phase }: RowWindow): RowChunk[] {
  if (last < first) return [];
  const boxes = Math.max(1, Math.floor(slots / chunk));
  const firstChunk = Math.floor((first - phase) / chunk);
  const lastChunk = Math.floor((last - phase) / chunk);
  if (lastChunk - firstChunk + 1 > boxes)
    throw new RangeError(`rowChunks: rows ${first}..${last} span more than ${boxes} chunks of ${chunk}`);
  const chunks: RowChunk[] = [];
  for (let n = firstChunk; n <= lastChunk; n++) {
    const start = n * chunk + phase;
    const rows: ChunkRow[] = [];
    for (let index = Math.max(first, start); index <= Math.min(last, start + chunk - 1); index++)
      rows.push({ index, place: index - start });
    chunks.push({ slot: ((n % boxes) + boxes) % boxes, start, rows });
  }
  return chunks.sort((a, b) => a.slot - b.slot);
}
