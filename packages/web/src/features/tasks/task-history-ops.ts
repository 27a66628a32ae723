import type { CreateTaskRequest, Task, UpdateTaskRequest } from '@tandem/api';
import type { Link } from '../links/link.types';
import { placementOf, subtreeOf } from './task-cache';
import type { HistoryEntry, HistoryOp, TaskChanges } from './undo-history';

/** The body that re-creates `task` where it was (undo of a delete). */
export function recreateTaskBody(
  task: Task,
  placement: { readonly parentId: string | null; readonly afterTaskId: string | null },
): CreateTaskRequest {
  return {
    name: task.name,
    duration: task.duration,
    durationUnit: task.durationUnit,
    parentId: placement.parentId,
    afterTaskId: placement.afterTaskId,
    milestone: task.milestone,
    percentComplete: task.percentComplete,
    constraintType: task.constraintType,
    constraintDate: task.constraintDate,
    deadline: task.deadline,
    notes: task.notes,
  };
}

/**
 * The inverse of a PATCH: the previous value of every field it sets; a move (parent or
 * position) is taken back by moving the task to its previous parent and sibling.
 */
export function inverseTaskChanges(
  list: readonly Task[],
  before: Task,
  body: UpdateTaskRequest,
): TaskChanges {
  const inverse: Record<string, unknown> = {};
  const { version: _version, parentId, afterTaskId, ...fields } = body;
  for (const field of Object.keys(fields)) inverse[field] = before[field as keyof Task];
  if (parentId !== undefined || afterTaskId !== undefined) {
    const placement = placementOf(list, before.id);
    if (placement) {
      inverse.parentId = placement.parentId;
      inverse.afterTaskId = placement.afterTaskId;
    }
  }
  return inverse as TaskChanges;
}

/** Undo and redo of deleting `taskId`: re-create its subtree in outline order, then its links. */
export function deleteTaskEntry(
  list: readonly Task[],
  links: readonly Link[],
  taskId: string,
): HistoryEntry | null {
  const subtree = subtreeOf(list, taskId);
  const root = subtree[0];
  if (!root) return null;
  const ids = new Set(subtree.map((task) => task.id));
  const undo: HistoryOp[] = subtree.map((task) => ({
    kind: 'createTask',
    taskId: task.id,
    body: recreateTaskBody(
      task,
      placementOf(list, task.id) ?? { parentId: task.parentId, afterTaskId: null },
    ),
  }));
  for (const link of links) {
    if (!ids.has(link.predecessorId) && !ids.has(link.successorId)) continue;
    undo.push({
      kind: 'createLink',
      linkId: link.id,
      body: {
        predecessorId: link.predecessorId,
        successorId: link.successorId,
        type: link.type,
        lag: link.lag,
        lagUnit: link.lagUnit,
      },
    });
  }
  return { label: `Delete ${root.name}`, undo, redo: [{ kind: 'deleteTask', taskId }] };
}
