import type { Task, TaskList } from '@tandem/api';
import { problems } from '../http/problem-error';
import type { OutlineEntry } from './task-outline';
import type { TaskRow } from './tasks.repository';

/** Which part of a project's task list a request wants (`GET …/tasks?limit=&cursor=`). */
export interface TaskPageRequest {
  /** Tasks per page; undefined: every task after the cursor. */
  readonly limit?: number;
  /** The id of the last task of the previous page (the `nextCursor` it answered with). */
  readonly cursor?: string;
}

/**
 * One page of a project's tasks (`outline`, in outline order): the tasks after the cursor's, at
 * most `limit` of them, presented by `present(start, end)`, and the cursor of the next page (null
 * after the last). Without paging, every task and no cursor. `indexOf` finds a task id's index
 * without a scan, when known.
 * @throws a 400 naming `query.cursor` when the cursor is not a task of the list (deleted since the
 *   previous page, or from another project): the client starts again from the first page.
 */
export function taskPage(
  outline: readonly OutlineEntry<TaskRow>[],
  page: TaskPageRequest,
  present: (start: number, end: number) => Task[],
  indexOf?: ReadonlyMap<string, number>,
): TaskList {
  if (page.limit === undefined && page.cursor === undefined) return { items: present(0, outline.length) };
  let start = 0;
  if (page.cursor !== undefined) {
    const cursor = page.cursor;
    const known = indexOf?.get(cursor);
    const index =
      known !== undefined && outline[known]?.task.id === cursor
        ? known
        : outline.findIndex((entry) => entry.task.id === cursor);
    if (index < 0) {
      throw problems.validation(
        'query.cursor',
        'is not a task of this project (deleted since the previous page?): list again from the first page',
      );
    }
    start = index + 1;
  }
  const end = page.limit === undefined ? outline.length : Math.min(outline.length, start + page.limit);
  return { items: present(start, end), nextCursor: end < outline.length ? outline[end - 1].task.id : null };
}
