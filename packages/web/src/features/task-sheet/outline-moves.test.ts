import { describe, expect, it } from 'vitest';
import { indentMove, insertAbove, outdentMove, siblingMove } from './outline-moves';

// 1 A (summary) > B, C (summary) > D; 2 E; 3 F
const list = [
  { id: 'A', parentId: null, outlineLevel: 1 },
  { id: 'B', parentId: 'A', outlineLevel: 2 },
  { id: 'C', parentId: 'A', outlineLevel: 2 },
  { id: 'D', parentId: 'C', outlineLevel: 3 },
  { id: 'E', parentId: null, outlineLevel: 1 },
  { id: 'F', parentId: null, outlineLevel: 1 },
];

describe('outline moves', () => {
  it('indents a task under the sibling above, after its last subtask', () => {
    expect(indentMove(list, 'E')).toEqual({ ok: true, parentId: 'A', afterTaskId: 'C' });
    expect(indentMove(list, 'F')).toEqual({ ok: true, parentId: 'E', afterTaskId: null });
    expect(indentMove(list, 'C')).toEqual({ ok: true, parentId: 'B', afterTaskId: null });
  });
  it('refuses to indent the first task of a level', () => {
    expect(indentMove(list, 'B')).toMatchObject({ ok: false, error: expect.stringContaining('above it') });
    expect(indentMove(list, 'A')).toMatchObject({ ok: false });
  });
  it('outdents a task to right after its summary', () => {
    expect(outdentMove(list, 'D')).toEqual({ ok: true, parentId: 'A', afterTaskId: 'C' });
    expect(outdentMove(list, 'B')).toEqual({ ok: true, parentId: null, afterTaskId: 'A' });
    expect(outdentMove(list, 'E')).toMatchObject({
      ok: false,
      error: 'The task is already at the top level',
    });
  });
  it('moves a task with its subtasks above or below its neighbour', () => {
    expect(siblingMove(list, 'C', -1)).toEqual({ ok: true, parentId: 'A', afterTaskId: null });
    expect(siblingMove(list, 'F', -1)).toEqual({ ok: true, parentId: null, afterTaskId: 'A' });
    expect(siblingMove(list, 'A', 1)).toEqual({ ok: true, parentId: null, afterTaskId: 'E' });
    expect(siblingMove(list, 'B', 1)).toEqual({ ok: true, parentId: 'A', afterTaskId: 'C' });
  });
  it('refuses to move past the ends of a level', () => {
    expect(siblingMove(list, 'A', -1)).toMatchObject({ ok: false, error: expect.stringContaining('first') });
    expect(siblingMove(list, 'C', 1)).toMatchObject({ ok: false, error: expect.stringContaining('last') });
    expect(siblingMove(list, 'F', 1)).toMatchObject({ ok: false });
  });
  it('inserts above a task at its level', () => {
    expect(insertAbove(list, 'C')).toEqual({ parentId: 'A', afterTaskId: 'B' });
    expect(insertAbove(list, 'A')).toEqual({ parentId: null, afterTaskId: null });
  });
});
