import { useRef } from 'react';

/** Whether `ids` lists the ids of `items`, in order. */
export function sameIds(ids: readonly string[], items: readonly { readonly id: string }[]): boolean {
  if (ids.length !== items.length) return false;
  for (let i = 0; i < ids.length; i++) if (ids[i] !== items[i].id) return false;
  return true;
}

/**
 * The ids of `items` in order, as the same array for as long as they stay the same ids in the
 * same order. An edit replaces the edited tasks' objects (and so the list) but rarely the order:
 * what is built from the order alone (row numbers, indexes by id) is then kept, not rebuilt for
 * every task of a large plan on every edit, and the components given it do not re-render.
 */
export function useStableIds(items: readonly { readonly id: string }[]): readonly string[] {
  // A cache of the last result (as useMemo keeps one), compared by content: rendering twice with
  // the same items gives the same array.
  const last = useRef<readonly string[] | null>(null);
  if (last.current === null || !sameIds(last.current, items)) last.current = items.map((item) => item.id);
  return last.current;
}
