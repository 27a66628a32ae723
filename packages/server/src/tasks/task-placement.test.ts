import { describe, expect, it } from 'vitest';
import { placeTask } from './task-placement';
import { taskRow } from './task-row.testkit';
import type { TaskRow } from './tasks.repository';

function row(id: string, parent_id: string | null, position: number): TaskRow {
  return taskRow({ id, parent_id, position, name: id, duration: 480, finish: '2026-01-05T17:00:00' });
}

// a (b, c (d)), e
const tasks = [row('a', null, 0), row('b', 'a', 0), row('c', 'a', 1), row('d', 'c', 0), row('e', null, 1)];

describe('placeTask', () => {
  it('appends a new task last among its siblings by default', () => {
    expect(placeTask(tasks, 'new', null, { parentId: 'a' })).toEqual({
      parentId: 'a',
      siblingIds: ['b', 'c', 'new'],
    });
  });

  it('inserts right after afterTaskId and takes its parent', () => {
    expect(placeTask(tasks, 'new', null, { afterTaskId: 'b' })).toEqual({
      parentId: 'a',
      siblingIds: ['b', 'new', 'c'],
    });
  });

  it('puts the task first when afterTaskId is null', () => {
    expect(placeTask(tasks, 'new', null, { afterTaskId: null }).siblingIds).toEqual(['new', 'a', 'e']);
  });

  it('keeps a task in place when only other fields change', () => {
    expect(placeTask(tasks, 'b', { parentId: 'a' }, {}).siblingIds).toEqual(['b', 'c']);
  });

  it('refuses to move a task under its own descendant, naming parentId', () => {
    expect(() => placeTask(tasks, 'a', { parentId: null }, { parentId: 'd' })).toThrow(/parentId/);
  });

  it('refuses a parent from elsewhere and an afterTaskId that is not a sibling', () => {
    expect(() => placeTask(tasks, 'new', null, { parentId: 'zzz' })).toThrow(/not in this project/);
    expect(() => placeTask(tasks, 'new', null, { parentId: 'a', afterTaskId: 'e' })).toThrow(/afterTaskId/);
  });
});
