import { problems } from '../http/problem-error';
import type { TaskRow } from './tasks.repository';

type Node = Pick<TaskRow, 'id' | 'parent_id' | 'position'>;

function childrenInOrder(tasks: readonly Node[], parentId: string | null): Node[] {
  return tasks
    .filter((t) => t.parent_id === parentId)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
}

/**
 * Indent (Microsoft Project's Alt+Shift+→): the task becomes the last subtask of the sibling right
 * above it. A task with no sibling above cannot be indented (400 naming taskId).
 */
export function indentMove(
  tasks: readonly Node[],
  task: Node,
): { parentId: string; afterTaskId: string | null } {
  const siblings = childrenInOrder(tasks, task.parent_id);
  const index = siblings.findIndex((t) => t.id === task.id);
  if (index <= 0)
    throw problems.validation('taskId', 'the first task of its level has no task above to go under');
  const newParent = siblings[index - 1];
  const children = childrenInOrder(tasks, newParent.id);
  return {
    parentId: newParent.id,
    afterTaskId: children.length > 0 ? children[children.length - 1].id : null,
  };
}

/**
 * Outdent (Alt+Shift+←): the task moves up a level, right after its parent, and adopts the
 * siblings that were below it as its last subtasks (so the outline reads the same from top to
 * bottom). A top-level task cannot be outdented (400 naming taskId).
 */
export function outdentMove(
  tasks: readonly Node[],
  task: Node,
): { parentId: string | null; afterTaskId: string; adoptedIds: string[] } {
  if (task.parent_id === null) throw problems.validation('taskId', 'a top-level task cannot be outdented');
  const parent = tasks.find((t) => t.id === task.parent_id);
  if (!parent) throw problems.validation('taskId', `the task's parent ${task.parent_id} is missing`);
  const siblings = childrenInOrder(tasks, task.parent_id);
  const index = siblings.findIndex((t) => t.id === task.id);
  return {
    parentId: parent.parent_id,
    afterTaskId: parent.id,
    adoptedIds: siblings.slice(index + 1).map((t) => t.id),
  };
}
