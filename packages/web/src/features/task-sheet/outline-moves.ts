import { type CachedTask, placementOf, subtreeEnd } from '../tasks/task-cache';

/** A move as the API's PATCH says it: the new parent and the sibling to follow (null = first). */
export type OutlineMove =
  | { readonly ok: true; readonly parentId: string | null; readonly afterTaskId: string | null }
  | { readonly ok: false; readonly error: string };

function lastChildOf<T extends CachedTask>(list: readonly T[], parentIndex: number): string | null {
  const parentId = list[parentIndex].id;
  let last: string | null = null;
  for (let i = parentIndex + 1; i < subtreeEnd(list, parentIndex); i += 1) {
    if (list[i].parentId === parentId) last = list[i].id;
  }
  return last;
}

/**
 * Indent (Alt+Shift+Right): the task becomes the last subtask of the sibling above it. `list` is
 * every task in outline order.
 */
export function indentMove<T extends CachedTask>(list: readonly T[], taskId: string): OutlineMove {
  const placement = placementOf(list, taskId);
  if (!placement) return { ok: false, error: 'The task is no longer in the plan' };
  if (!placement.afterTaskId)
    return { ok: false, error: 'A task can only be indented under a task above it at the same level' };
  const parentIndex = list.findIndex((t) => t.id === placement.afterTaskId);
  return { ok: true, parentId: placement.afterTaskId, afterTaskId: lastChildOf(list, parentIndex) };
}

/** Outdent (Alt+Shift+Left): the task moves up a level, right after its former summary. */
export function outdentMove<T extends CachedTask>(list: readonly T[], taskId: string): OutlineMove {
  const task = list.find((t) => t.id === taskId);
  if (!task) return { ok: false, error: 'The task is no longer in the plan' };
  if (!task.parentId) return { ok: false, error: 'The task is already at the top level' };
  const parent = list.find((t) => t.id === task.parentId);
  return { ok: true, parentId: parent?.parentId ?? null, afterTaskId: task.parentId };
}

/** Move up or down (Alt+Shift+Up/Down) among its siblings, with its subtasks. */
export function siblingMove<T extends CachedTask>(
  list: readonly T[],
  taskId: string,
  direction: 1 | -1,
): OutlineMove {
  const index = list.findIndex((t) => t.id === taskId);
  if (index < 0) return { ok: false, error: 'The task is no longer in the plan' };
  const task = list[index];
  if (direction < 0) {
    const placement = placementOf(list, taskId);
    if (!placement?.afterTaskId) return { ok: false, error: 'The task is already the first at its level' };
    const before = placementOf(list, placement.afterTaskId);
    return { ok: true, parentId: task.parentId, afterTaskId: before?.afterTaskId ?? null };
  }
  const next = list[subtreeEnd(list, index)];
  if (!next || next.parentId !== task.parentId)
    return { ok: false, error: 'The task is already the last at its level' };
  return { ok: true, parentId: task.parentId, afterTaskId: next.id };
}

/** Where Insert puts a new task: above `taskId`, at its level (null afterTaskId = first child). */
export function insertAbove<T extends CachedTask>(
  list: readonly T[],
  taskId: string,
): { readonly parentId: string | null; readonly afterTaskId: string | null } | null {
  return placementOf(list, taskId);
}
