import { describe, expect, it } from 'vitest';
import { presentTasksById } from './rescheduled-tasks';
import { buildOutline } from './task-outline';
import { type TaskRow, UNSCHEDULED_TASK } from './tasks.repository';

function row(id: string, parent_id: string | null, position: number, duration: number, percent: number) {
  return {
    ...UNSCHEDULED_TASK,
    workspace_id: 'w',
    id,
    project_id: 'p',
    parent_id,
    position,
    name: id,
    duration,
    duration_unit: 'd',
    start: '2026-01-05T08:00:00',
    finish: '2026-01-05T17:00:00',
    milestone: 0,
    percent_complete: percent,
    constraint_type: 'ASAP',
    constraint_date: null,
    deadline: null,
    notes: '',
    version: 1,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
  } as TaskRow;
}

// two phases; the first holds a sub-phase, so summaries nest
const outline = buildOutline([
  row('p1', null, 0, 0, 0),
  row('a', 'p1', 0, 480, 100),
  row('s1', 'p1', 1, 0, 0),
  row('b', 's1', 0, 960, 50),
  row('c', 's1', 1, 480, 0),
  row('p2', null, 1, 0, 0),
  row('d', 'p2', 0, 1440, 30),
]);
const indexOf = new Map(outline.map((entry, i) => [entry.task.id, i]));
const db = null as never;

describe('presentTasksById', () => {
  it('presents the wanted tasks by index exactly as by walking the whole outline', async () => {
    for (const wanted of [
      ['c', 'p1'],
      ['s1', 'd', 'p2'],
      ['a', 'b', 'p1', 's1', 'p2', 'gone'],
    ]) {
      const walked = await presentTasksById(db, 'w', 'p', wanted, { outline });
      const indexed = await presentTasksById(db, 'w', 'p', wanted, { outline, indexOf });
      expect(indexed).toEqual(walked);
    }
  });

  it('rolls up a summary over its own subtree only', async () => {
    const [p1, s1] = await presentTasksById(db, 'w', 'p', ['s1', 'p1'], { outline, indexOf });
    // p1: (480·100% + 960·50% + 480·0%) / 1920 = 50 %; s1: 480 / 1440 = 33.3 %
    expect(p1).toMatchObject({ id: 'p1', percentComplete: 50 });
    expect(s1).toMatchObject({ id: 's1', percentComplete: 33.3 });
  });
});
