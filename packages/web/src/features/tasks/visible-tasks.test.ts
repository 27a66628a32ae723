import { describe, expect, it } from 'vitest';
import { visibleTasks } from './visible-tasks';

// 1 Design (summary) > 1.1 UX (summary) > 1.1.1 Flows; 1.2 Review; 2 Build
const outline = [
  { id: 'design', outlineLevel: 1, summary: true },
  { id: 'ux', outlineLevel: 2, summary: true },
  { id: 'flows', outlineLevel: 3, summary: false },
  { id: 'review', outlineLevel: 2, summary: false },
  { id: 'build', outlineLevel: 1, summary: false },
];
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

describe('visibleTasks', () => {
  it('shows every task when nothing is collapsed', () => {
    expect(ids(visibleTasks(outline, new Set()))).toEqual(['design', 'ux', 'flows', 'review', 'build']);
  });
  it('hides the subtasks of a collapsed summary, down to every level', () => {
    expect(ids(visibleTasks(outline, new Set(['design'])))).toEqual(['design', 'build']);
  });
  it('keeps the siblings that follow a collapsed summary', () => {
    expect(ids(visibleTasks(outline, new Set(['ux'])))).toEqual(['design', 'ux', 'review', 'build']);
  });
  it('ignores a collapsed id that is not a summary', () => {
    expect(ids(visibleTasks(outline, new Set(['flows'])))).toEqual([
      'design',
      'ux',
      'flows',
      'review',
      'build',
    ]);
  });
});
