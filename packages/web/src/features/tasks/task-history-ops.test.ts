import type { Task } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { deleteTaskEntry, inverseTaskChanges } from './task-history-ops';

function task(id: string, parentId: string | null, outlineLevel: number, extra: Partial<Task> = {}): Task {
  return {
    id,
    projectId: 'p',
    parentId,
    position: 0,
    outlineLevel,
    wbs: id,
    name: `Task ${id}`,
    duration: 480,
    durationUnit: 'd',
    start: '2026-03-02T08:00:00',
    finish: '2026-03-02T17:00:00',
    milestone: false,
    summary: false,
    percentComplete: 0,
    constraintType: 'ASAP',
    constraintDate: null,
    deadline: null,
    notes: '',
    priority: 500,
    actualStart: null,
    actualFinish: null,
    actualDuration: null,
    remainingDuration: null,
    critical: false,
    totalSlack: 0,
    freeSlack: 0,
    lateStart: '2026-03-02T08:00:00',
    lateFinish: '2026-03-02T17:00:00',
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

// A (summary) > B, C; D
const list = [
  task('A', null, 1, { summary: true }),
  task('B', 'A', 2),
  task('C', 'A', 2, { duration: 960 }),
  task('D', null, 1),
];

describe('inverseTaskChanges', () => {
  it('sets back the previous value of each field the edit set', () => {
    expect(inverseTaskChanges(list, list[2], { version: 1, duration: 2400, name: 'New' })).toEqual({
      duration: 960,
      name: 'Task C',
    });
  });
  it('moves an indented task back under its old parent after its old sibling', () => {
    expect(inverseTaskChanges(list, list[3], { version: 1, parentId: 'A', afterTaskId: 'C' })).toEqual({
      parentId: null,
      afterTaskId: 'A',
    });
  });
});

describe('deleteTaskEntry', () => {
  it('re-creates a deleted summary with its subtasks in order, then the links that touched them', () => {
    const stamp = {
      projectId: 'p',
      lagUnit: 'd' as const,
      version: 1,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    const links = [
      { ...stamp, id: 'l1', predecessorId: 'B', successorId: 'C', type: 'FS' as const, lag: 0 },
      { ...stamp, id: 'l2', predecessorId: 'C', successorId: 'D', type: 'SS' as const, lag: 480 },
      { ...stamp, id: 'l3', predecessorId: 'D', successorId: 'X', type: 'FS' as const, lag: 0 },
    ];
    const entry = deleteTaskEntry(list, links, 'A');
    expect(entry?.redo).toEqual([{ kind: 'deleteTask', taskId: 'A' }]);
    expect(
      entry?.undo.map((op) =>
        op.kind === 'createTask' ? `${op.taskId}<${op.body.parentId}>${op.body.afterTaskId}` : op.kind,
      ),
    ).toEqual(['A<null>null', 'B<A>null', 'C<A>B', 'createLink', 'createLink']);
    expect(entry?.undo[4]).toEqual({
      kind: 'createLink',
      linkId: 'l2',
      body: { predecessorId: 'C', successorId: 'D', type: 'SS', lag: 480, lagUnit: 'd' },
    });
  });
  it('answers null for a task that is not in the list', () => {
    expect(deleteTaskEntry(list, [], 'nope')).toBeNull();
  });
});
