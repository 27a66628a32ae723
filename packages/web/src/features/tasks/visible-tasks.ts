/** The outline fields the table needs to hide the subtasks of collapsed summaries. */
export interface OutlineRow {
  readonly id: string;
  readonly outlineLevel: number;
  readonly summary: boolean;
}

/**
 * The rows to show, in outline order: every task except those below a collapsed summary.
 * `tasks` must be in outline order (depth-first, as the API answers). O(n).
 */
export function visibleTasks<T extends OutlineRow>(tasks: readonly T[], collapsed: ReadonlySet<string>): T[] {
  if (collapsed.size === 0) return tasks.slice();
  const visible: T[] = [];
  let hideDeeperThan = Number.POSITIVE_INFINITY;
  for (const task of tasks) {
    if (task.outlineLevel > hideDeeperThan) continue;
    hideDeeperThan = Number.POSITIVE_INFINITY;
    visible.push(task);
    if (task.summary && collapsed.has(task.id)) hideDeeperThan = task.outlineLevel;
  }
  return visible;
}
