import { describe, expect, it } from 'vitest';
import { insertTask, mergeAnalysis, mergeTasks, placementOf, removeSubtree, subtreeOf } from './task-cache';

// 1 A (summary) > 1.1 B, 1.2 C (summary) > 1.2.1 D; 2 E
const A = { id: 'A', parentId: null, outlineLevel: 1, name: 'A' };
const B = { id: 'B', parentId: 'A', outlineLevel: 2, name: 'B' };
const C = { id: 'C', parentId: 'A', outlineLevel: 2, name: 'C' };
const D = { id: 'D', parentId: 'C', outlineLevel: 3, name: 'D' };
const E = { id: 'E', parentId: null, outlineLevel: 1, name: 'E' };
const list = [A, B, C, D, E];
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

describe('mergeTasks', () => {
  it('replaces rescheduled tasks in place and keeps the rest', () => {
    const moved = { ...D, name: 'D moved' };
    const merged = mergeTasks(list, [moved, { id: 'unknown', parentId: null, outlineLevel: 1, name: 'x' }]);
    expect(merged[3]).toBe(moved);
    expect(ids(merged)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
  it('never replaces a newer version with an older one', () => {
    const newer = [{ ...A, version: 3 }];
    expect(mergeTasks(newer, [{ ...A, name: 'old', version: 2 }])).toBe(newer);
    expect(mergeTasks(newer, [{ ...A, name: 'same', version: 3 }])[0].name).toBe('same');
  });
  it('returns the same list when nothing changed', () => {
    expect(mergeTasks(list, [])).toBe(list);
    expect(mergeTasks(list, [B])).toBe(list);
  });
});

describe('mergeAnalysis', () => {
  const analysis = {
    critical: false,
    totalSlack: 0,
    freeSlack: 0,
    lateStart: '2026-03-02T08:00:00',
    lateFinish: '2026-03-02T17:00:00',
  };
  const analysed = list.map((task) => ({ ...task, ...analysis, version: 2 }));
  it("puts a reanalysed task's analysis on it and keeps the rest of it", () => {
    const merged = mergeAnalysis(analysed, [
      { ...analysis, id: 'D', critical: true, totalSlack: -480, lateFinish: '2026-03-01T17:00:00' },
      { ...analysis, id: 'unknown', critical: true },
    ]);
    expect(merged[3]).toEqual({
      ...analysed[3],
      critical: true,
      totalSlack: -480,
      lateFinish: '2026-03-01T17:00:00',
    });
    expect(merged[3].name).toBe('D');
    expect(merged.filter((task, i) => task !== analysed[i]).map((task) => task.id)).toEqual(['D']);
  });
  it('returns the same list when nothing changed', () => {
    expect(mergeAnalysis(analysed, [])).toBe(analysed);
    expect(mergeAnalysis(analysed, [{ ...analysis, id: 'B' }])).toBe(analysed);
  });
});

describe('insertTask', () => {
  const F = (parentId: string | null, outlineLevel: number) => ({
    id: 'F',
    parentId,
    outlineLevel,
    name: 'F',
  });
  it('goes after the subtree of the sibling it follows', () => {
    expect(ids(insertTask(list, F(null, 1), 'A'))).toEqual(['A', 'B', 'C', 'D', 'F', 'E']);
    expect(ids(insertTask(list, F('A', 2), 'B'))).toEqual(['A', 'B', 'F', 'C', 'D', 'E']);
  });
  it('goes first under its parent when it follows no sibling', () => {
    expect(ids(insertTask(list, F('A', 2), null))).toEqual(['A', 'F', 'B', 'C', 'D', 'E']);
    expect(ids(insertTask(list, F(null, 1), null))).toEqual(['F', 'A', 'B', 'C', 'D', 'E']);
  });
  it('goes last under its parent, or at the end, when no place is given', () => {
    expect(ids(insertTask(list, F('C', 3)))).toEqual(['A', 'B', 'C', 'D', 'F', 'E']);
    expect(ids(insertTask(list, F(null, 1)))).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });
});

describe('subtrees', () => {
  it('removes a summary with every descendant', () => {
    expect(ids(removeSubtree(list, 'C'))).toEqual(['A', 'B', 'E']);
    expect(ids(removeSubtree(list, 'A'))).toEqual(['E']);
    expect(ids(subtreeOf(list, 'A'))).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('placementOf', () => {
  it('names the parent and the sibling before, skipping its subtasks', () => {
    expect(placementOf(list, 'E')).toEqual({ parentId: null, afterTaskId: 'A' });
    expect(placementOf(list, 'C')).toEqual({ parentId: 'A', afterTaskId: 'B' });
    expect(placementOf(list, 'B')).toEqual({ parentId: 'A', afterTaskId: null });
    expect(placementOf(list, 'nope')).toBeNull();
  });
});
