import { describe, expect, it } from 'vitest';
import {
  combineEntries,
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  type HistoryEntry,
  popRedo,
  popUndo,
  pushFuture,
  recordEntry,
  resolveId,
  resolveOp,
  withAlias,
} from './undo-history';

const rename = (from: string, to: string): HistoryEntry => ({
  label: `Rename ${from}`,
  undo: [{ kind: 'updateTask', taskId: 't1', changes: { name: from } }],
  redo: [{ kind: 'updateTask', taskId: 't1', changes: { name: to } }],
});

describe('undo history', () => {
  it('undoes the latest action first and lets it be redone', () => {
    let state = recordEntry(recordEntry(EMPTY_HISTORY, rename('A', 'B')), rename('B', 'C'));
    const undone = popUndo(state);
    expect(undone?.entry.label).toBe('Rename B');
    state = pushFuture(undone?.state ?? state, rename('B', 'C'));
    expect(state.past).toHaveLength(1);
    expect(popRedo(state)?.entry.label).toBe('Rename B');
  });
  it('forgets the redo stack when a new action is recorded', () => {
    const state = pushFuture(EMPTY_HISTORY, rename('A', 'B'));
    expect(recordEntry(state, rename('X', 'Y')).future).toEqual([]);
  });
  it('answers null when there is nothing to undo or redo', () => {
    expect(popUndo(EMPTY_HISTORY)).toBeNull();
    expect(popRedo(EMPTY_HISTORY)).toBeNull();
  });
  it(`keeps the last ${HISTORY_LIMIT} actions`, () => {
    let state = EMPTY_HISTORY;
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) state = recordEntry(state, rename(`${i}`, `${i + 1}`));
    expect(state.past).toHaveLength(HISTORY_LIMIT);
    expect(state.past[0].label).toBe('Rename 5');
  });
  it('combines several writes into one action, undoing the last write first', () => {
    const combined = combineEntries('Predecessors', [rename('A', 'B'), rename('B', 'C')]);
    expect(combined.undo.map((op) => (op.kind === 'updateTask' ? op.changes.name : ''))).toEqual(['B', 'A']);
    expect(combined.redo.map((op) => (op.kind === 'updateTask' ? op.changes.name : ''))).toEqual(['B', 'C']);
  });
  it('follows re-created objects to their new ids, through chains', () => {
    const state = withAlias(withAlias(EMPTY_HISTORY, 'old', 'new1'), 'old', 'new2');
    expect(resolveId(state, 'old')).toBe('new2');
    expect(resolveId(state, 'new1')).toBe('new2');
    expect(resolveId(state, 'other')).toBe('other');
    const op = resolveOp(state, {
      kind: 'createLink',
      linkId: 'l1',
      body: { predecessorId: 'old', successorId: 'x', type: 'FS', lag: 0, lagUnit: 'd' },
    });
    expect(op).toEqual({
      kind: 'createLink',
      linkId: 'l1',
      body: { predecessorId: 'new2', successorId: 'x', type: 'FS', lag: 0, lagUnit: 'd' },
    });
    const create = resolveOp(state, {
      kind: 'createTask',
      taskId: 'c',
      body: { name: 'C', duration: 0, parentId: 'old', afterTaskId: null },
    });
    expect(create).toMatchObject({ body: { parentId: 'new2', afterTaskId: null } });
  });
});
