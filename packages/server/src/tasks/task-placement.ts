import { problems } from '../http/problem-error';
import type { TaskRow } from './tasks.repository';

/** Where a task goes in the outline: under `parentId`, at `index` among its siblings. */
export interface Placement {
  readonly parentId: string | null;
  /** The siblings' ids in their new order, the placed task included. */
  readonly siblingIds: readonly string[];
}

/**
 * Works out a task's place from the request's `parentId` / `afterTaskId` (both optional):
 * `afterTaskId` undefined = last among the siblings (or where it is, when the parent is
 * unchanged), null = first. The parent must be a task of the same project and not the task or
 * one of its descendants; `afterTaskId` must be a sibling under that parent. Errors name the field.
 */
export function placeTask(
  tasks: readonly TaskRow[],
  taskId: string,
  current: { parentId: string | null } | null,
  request: { parentId?: string | null; afterTaskId?: string | null },
): Placement {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  let parentId: string | null;
  if (request.parentId !== undefined) {
    parentId = request.parentId;
  } else if (request.afterTaskId) {
    const after = byId.get(request.afterTaskId);
    if (!after)
      throw problems.validation('afterTaskId', `task ${request.afterTaskId} is not in this project`);
    parentId = after.parent_id;
  } else {
    parentId = current?.parentId ?? null;
  }
  if (parentId !== null) {
    if (!byId.has(parentId)) throw problems.validation('parentId', `task ${parentId} is not in this project`);
    for (
      let cursor: string | null = parentId;
      cursor !== null;
      cursor = byId.get(cursor)?.parent_id ?? null
    ) {
      if (cursor === taskId)
        throw problems.validation('parentId', 'a task cannot be moved under itself or its subtasks');
    }
  }
  const siblings = tasks
    .filter((t) => t.parent_id === parentId && t.id !== taskId)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1))
    .map((t) => t.id);
  let index: number;
  if (request.afterTaskId === null) {
    index = 0;
  } else if (request.afterTaskId !== undefined) {
    if (request.afterTaskId === taskId)
      throw problems.validation('afterTaskId', 'a task cannot be placed after itself');
    const at = siblings.indexOf(request.afterTaskId);
    if (at < 0)
      throw problems.validation(
        'afterTaskId',
        `task ${request.afterTaskId} is not a sibling under the parent`,
      );
    index = at + 1;
  } else if (current && current.parentId === parentId) {
    const own = byId.get(taskId);
    index = own
      ? siblings.filter((id) => (byId.get(id)?.position ?? 0) < own.position).length
      : siblings.length;
  } else {
    index = siblings.length;
  }
  return { parentId, siblingIds: [...siblings.slice(0, index), taskId, ...siblings.slice(index)] };
}
