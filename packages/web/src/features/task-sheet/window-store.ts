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

/** The rows to render, inclusive indexes into the visible rows; `last < first` when none. */
export interface RowWindow {
  readonly first: number;
  readonly last: number;
}

export function sameRowWindow(a: RowWindow, b: RowWindow): boolean {
  return a.first === b.first && a.last === b.last;
}
