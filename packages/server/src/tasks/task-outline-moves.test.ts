import { describe, expect, it } from 'vitest';
import { indentMove, outdentMove } from './task-outline-moves';

// a (b, c, d), e
const tasks = [
  { id: 'a', parent_id: null, position: 0 },
  { id: 'b', parent_id: 'a', position: 0 },
  { id: 'c', parent_id: 'a', position: 1 },
  { id: 'd', parent_id: 'a', position: 2 },
  { id: 'e', parent_id: null, position: 1 },
];
const byId = (id: string) => tasks.find((t) => t.id === id)!;

describe('indentMove', () => {
  it("puts a task under the sibling above it, after that sibling's last subtask", () => {
    expect(indentMove(tasks, byId('e'))).toEqual({ parentId: 'a', afterTaskId: 'd' });
    expect(indentMove(tasks, byId('c'))).toEqual({ parentId: 'b', afterTaskId: null });
  });

  it('refuses the first task of a level, naming taskId', () => {
    expect(() => indentMove(tasks, byId('b'))).toThrow(/first task of its level/);
    expect(() => indentMove(tasks, byId('a'))).toThrow(expect.objectContaining({ status: 400 }));
  });
});

describe('outdentMove', () => {
  it('moves a task after its parent and adopts the siblings below it', () => {
    expect(outdentMove(tasks, byId('c'))).toEqual({ parentId: null, afterTaskId: 'a', adoptedIds: ['d'] });
    expect(outdentMove(tasks, byId('d'))).toEqual({ parentId: null, afterTaskId: 'a', adoptedIds: [] });
  });

  it('refuses a top-level task', () => {
    expect(() => outdentMove(tasks, byId('e'))).toThrow(/top-level/);
  });
});
