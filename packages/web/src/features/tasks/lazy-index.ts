/** Items looked up by id. */
export interface ByIdLookup<T> {
  get(id: string): T | undefined;
}

/**
 * `items` by id, indexed on the first lookup. The Gantt's task list is a new array after every
 * edit, and only a drag or the details panel looks a task up: indexing 10,000 tasks on every edit
 * cost ~4 ms of the edit's repaint on the bench machine.
 */
export function lazyIndex<T extends { readonly id: string }>(items: readonly T[]): ByIdLookup<T> {
  let index: Map<string, T> | null = null;
  return {
    get(id) {
      index ??= new Map(items.map((item) => [item.id, item]));
      return index.get(id);
    },
  };
}
