import type { TaskAnalysis } from '../scheduling/task-analysis';

/** What the outline needs of a task. */
export interface OutlineNode {
  readonly id: string;
  readonly parent_id: string | null;
  readonly position: number;
}

export interface OutlineEntry<T extends OutlineNode> {
  readonly task: T;
  /** 1 for top-level tasks. */
  readonly level: number;
  /** Outline number, e.g. "2.1.3", from the positions. */
  readonly wbs: string;
  readonly summary: boolean;
  /** The engine's analysis of the task, on the outlines of a scheduled plan (not stored: see TaskAnalysis). */
  readonly analysis?: TaskAnalysis;
}

/**
 * Puts tasks in outline order (depth-first, siblings by position then id) and derives each one's
 * level, outline number and summary flag. Tasks whose parent is missing (should not happen: the
 * foreign key forbids it) are listed at the top level rather than dropped.
 */
export function buildOutline<T extends OutlineNode>(tasks: readonly T[]): OutlineEntry<T>[] {
  const ids = new Set(tasks.map((t) => t.id));
  const children = new Map<string | null, T[]>();
  for (const task of tasks) {
    const parent = task.parent_id !== null && ids.has(task.parent_id) ? task.parent_id : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(task);
    else children.set(parent, [task]);
  }
  for (const siblings of children.values()) {
    siblings.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  const out: OutlineEntry<T>[] = [];
  const visited = new Set<string>();
  // iterative depth-first walk: deep outlines must not overflow the stack
  const stack: { task: T; level: number; wbs: string }[] = [];
  const pushChildren = (parentId: string | null, level: number, prefix: string) => {
    const siblings = children.get(parentId) ?? [];
    for (let i = siblings.length - 1; i >= 0; i -= 1) {
      stack.push({ task: siblings[i], level, wbs: prefix ? `${prefix}.${i + 1}` : String(i + 1) });
    }
  };
  pushChildren(null, 1, '');
  while (stack.length > 0) {
    const { task, level, wbs } = stack.pop()!;
    if (visited.has(task.id)) continue;
    visited.add(task.id);
    const hasChildren = (children.get(task.id)?.length ?? 0) > 0;
    out.push({ task, level, wbs, summary: hasChildren });
    if (hasChildren) pushChildren(task.id, level + 1, wbs);
  }
  return out;
}
