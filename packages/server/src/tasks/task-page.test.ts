import type { Task } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import type { ProblemError } from '../http/problem-error';
import type { OutlineEntry } from './task-outline';
import { taskPage } from './task-page';
import type { TaskRow } from './tasks.repository';

/** An outline of tasks t0…t(n-1); only the ids matter to paging. */
const outline = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      ({ task: { id: `t${i}` }, level: 1, wbs: String(i + 1), summary: false }) as OutlineEntry<TaskRow>,
  );
/** Presents a range as tasks carrying their ids, and counts what it was asked for. */
function presenter(rows: readonly OutlineEntry<TaskRow>[]) {
  const asked: [number, number][] = [];
  const present = (start: number, end: number) => {
    asked.push([start, end]);
    return rows.slice(start, end).map((entry) => ({ id: entry.task.id }) as Task);
  };
  return { asked, present };
}
const ids = (tasks: readonly Task[]) => tasks.map((t) => t.id);

describe('taskPage', () => {
  it('answers every task and no cursor without paging', () => {
    const rows = outline(5);
    const { present } = presenter(rows);
    const page = taskPage(rows, {}, present);
    expect(ids(page.items)).toEqual(['t0', 't1', 't2', 't3', 't4']);
    expect('nextCursor' in page).toBe(false);
  });

  it('walks the pages by cursor, presenting only the tasks of each page', () => {
    const rows = outline(5);
    const { asked, present } = presenter(rows);
    const first = taskPage(rows, { limit: 2 }, present);
    expect([ids(first.items), first.nextCursor]).toEqual([['t0', 't1'], 't1']);
    const second = taskPage(rows, { limit: 2, cursor: 't1' }, present, new Map([['t1', 1]]));
    expect([ids(second.items), second.nextCursor]).toEqual([['t2', 't3'], 't3']);
    const last = taskPage(rows, { limit: 2, cursor: 't3' }, present);
    expect([ids(last.items), last.nextCursor]).toEqual([['t4'], null]);
    expect(asked).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
  });

  it('answers the rest after a cursor without a limit, and an empty last page after the last task', () => {
    const rows = outline(3);
    const { present } = presenter(rows);
    expect(ids(taskPage(rows, { cursor: 't0' }, present).items)).toEqual(['t1', 't2']);
    expect(taskPage(rows, { limit: 5, cursor: 't2' }, present)).toEqual({ items: [], nextCursor: null });
  });

  it('does not trust a stale index: it finds the cursor where it is now', () => {
    const rows = outline(4);
    const { present } = presenter(rows);
    const page = taskPage(rows, { limit: 1, cursor: 't2' }, present, new Map([['t2', 0]]));
    expect(ids(page.items)).toEqual(['t3']);
  });

  it('refuses a cursor that is no task of the list, naming query.cursor', () => {
    const rows = outline(2);
    const { present } = presenter(rows);
    let error: ProblemError | undefined;
    try {
      taskPage(rows, { limit: 1, cursor: 'gone' }, present);
    } catch (caught) {
      error = caught as ProblemError;
    }
    expect(error?.status).toBe(400);
    expect(error?.errors?.map((e) => e.field)).toEqual(['query.cursor']);
  });
});
