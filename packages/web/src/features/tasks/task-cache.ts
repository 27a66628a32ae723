import type { Task, TaskAnalysis } from '@tandem/api';

/** The fields of a task the cache helpers read. */
export interface CachedTask {
  readonly id: string;
  readonly parentId: string | null;
  readonly outlineLevel: number;
  /** When both sides have one, an older version never replaces a newer one (a live update came first). */
  readonly version?: number;
}

/**
 * The list with each task of `updates` put in place of the one with its id (tasks not in the list
 * are ignored: a new task goes in with `insertTask`). Returns the same array when nothing changed,
 * so React Query keeps its structural sharing. O(n + m).
 */
export function mergeTasks<T extends CachedTask>(list: readonly T[], updates: readonly T[]): readonly T[] {
  if (updates.length === 0) return list;
  const byId = new Map(updates.map((task) => [task.id, task]));
  let changed = false;
  const next = list.map((task) => {
    const update = byId.get(task.id);
    if (!update || update === task) return task;
    if (update.version !== undefined && task.version !== undefined && update.version < task.version)
      return task;
    changed = true;
    return update;
  });
  return changed ? next : list;
}

/**
 * The list with the analysis of each task in `analyses` (a write's `reanalysed`: critical, slack
 * and late dates, for tasks whose dates held) put on the task with its id; the same array when
 * nothing changed. O(n + m).
 */
export function mergeAnalysis<T extends CachedTask & Omit<TaskAnalysis, 'id'>>(
  list: readonly T[],
  analyses: readonly TaskAnalysis[],
): readonly T[] {
  if (analyses.length === 0) return list;
  const byId = new Map(analyses.map((analysis) => [analysis.id, analysis]));
  let changed = false;
  const next = list.map((task) => {
    const analysis = byId.get(task.id);
    if (
      !analysis ||
      (analysis.critical === task.critical &&
        analysis.totalSlack === task.totalSlack &&
        analysis.freeSlack === task.freeSlack &&
        analysis.lateStart === task.lateStart &&
        analysis.lateFinish === task.lateFinish)
    ) {
      return task;
    }
    changed = true;
    return { ...task, ...analysis };
  });
  return changed ? next : list;
}

/** Index one past the last descendant of the task at `index` (outline order). */
export function subtreeEnd<T extends CachedTask>(list: readonly T[], index: number): number {
  const level = list[index].outlineLevel;
  let end = index + 1;
  while (end < list.length && list[end].outlineLevel > level) end += 1;
  return end;
}

/**
 * Puts a new task in outline order, where the server placed it: after the subtree of
 * `afterTaskId`, else as the last child of its parent, else at the end. A task already in the
 * list is replaced instead.
 */
export function insertTask<T extends CachedTask>(
  list: readonly T[],
  task: T,
  afterTaskId?: string | null,
): readonly T[] {
  if (list.some((t) => t.id === task.id)) return mergeTasks(list, [task]);
  const next = list.slice();
  const afterIndex = afterTaskId ? list.findIndex((t) => t.id === afterTaskId) : -1;
  if (afterIndex >= 0) {
    next.splice(subtreeEnd(list, afterIndex), 0, task);
    return next;
  }
  if (afterTaskId === null) {
    // first child of its parent (or first task at the top level)
    const parentIndex = task.parentId ? list.findIndex((t) => t.id === task.parentId) : -1;
    next.splice(parentIndex + 1, 0, task);
    return next;
  }
  const parentIndex = task.parentId ? list.findIndex((t) => t.id === task.parentId) : -1;
  next.splice(parentIndex >= 0 ? subtreeEnd(list, parentIndex) : list.length, 0, task);
  return next;
}

/** The list without the task `taskId` and its subtasks. */
export function removeSubtree<T extends CachedTask>(list: readonly T[], taskId: string): readonly T[] {
  const index = list.findIndex((t) => t.id === taskId);
  if (index < 0) return list;
  return [...list.slice(0, index), ...list.slice(subtreeEnd(list, index))];
}

/** The task `taskId` and its subtasks, in outline order. */
export function subtreeOf<T extends CachedTask>(list: readonly T[], taskId: string): readonly T[] {
  const index = list.findIndex((t) => t.id === taskId);
  return index < 0 ? [] : list.slice(index, subtreeEnd(list, index));
}

/**
 * Where a task sits among its siblings, as the API's move fields say it: its parent and the
 * sibling just before it (null when it is the first child).
 */
export function placementOf<T extends CachedTask>(
  list: readonly T[],
  taskId: string,
): { readonly parentId: string | null; readonly afterTaskId: string | null } | null {
  const index = list.findIndex((t) => t.id === taskId);
  if (index < 0) return null;
  const task = list[index];
  for (let i = index - 1; i >= 0; i -= 1) {
    const other = list[i];
    if (other.outlineLevel < task.outlineLevel) break;
    if (other.outlineLevel === task.outlineLevel && other.parentId === task.parentId) {
      return { parentId: task.parentId, afterTaskId: other.id };
    }
  }
  return { parentId: task.parentId, afterTaskId: null };
}

/** Applies plain field changes to one cached task (the optimistic part of an edit). */
export function patchTask(list: readonly Task[], taskId: string, changes: Partial<Task>): readonly Task[] {
  const index = list.findIndex((t) => t.id === taskId);
  if (index < 0) return list;
  const next = list.slice();
  next[index] = { ...list[index], ...changes };
  return next;
}
