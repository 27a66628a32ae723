import { describe, expect, it } from 'vitest';
import type { LinkRow } from '../links/links.repository';
import { type TaskRow, UNSCHEDULED_TASK } from '../tasks/tasks.repository';
import { PlanStrings } from './plan-strings';

// copies as a driver makes them: equal values, distinct strings (identity is not observable from
// JavaScript, so these tests hold the values; the memory it saves is measured in the commit)
const copy = (text: string) => text.split('').join('');

function task(id: string, parentId: string | null): TaskRow {
  return {
    ...UNSCHEDULED_TASK,
    workspace_id: copy('w1'),
    id,
    project_id: copy('p1'),
    parent_id: parentId === null ? null : copy(parentId),
    position: 0,
    name: `Task ${id}`,
    duration: 480,
    duration_unit: copy('m'),
    start: copy('2026-03-02T08:00:00.000Z'),
    finish: copy('2026-03-02T17:00:00.000Z'),
    milestone: 0,
    percent_complete: 0,
    constraint_type: copy('ASAP'),
    constraint_date: null,
    deadline: null,
    notes: '',
    version: 1,
    created_at: copy('2026-03-01T10:00:00.000Z'),
    updated_at: copy('2026-03-01T10:00:00.000Z'),
  };
}

describe('PlanStrings', () => {
  it('keeps every value of task and link rows as it was', () => {
    const rows = [task('a', null), task('b', 'a'), task('c', 'a')];
    const before = structuredClone(rows);
    const links: LinkRow[] = [
      {
        workspace_id: copy('w1'),
        id: 'l1',
        project_id: copy('p1'),
        predecessor_id: copy('b'),
        successor_id: copy('c'),
        type: copy('FS'),
        lag: 0,
        lag_unit: copy('m'),
        version: 1,
        created_at: copy('2026-03-01T10:00:00.000Z'),
        updated_at: copy('2026-03-01T10:00:00.000Z'),
      },
    ];
    const linksBefore = structuredClone(links);
    const strings = new PlanStrings();
    const held = strings.taskRows(rows);
    expect(strings.linkRows(links)).toBe(links);
    expect(held).toEqual(before);
    expect(rows).toEqual(before);
    expect(links).toEqual(linksBefore);
  });

  it('returns each value as it was, and null as null', () => {
    const strings = new PlanStrings();
    expect(strings.one('x')).toBe('x');
    expect(strings.one(copy('x'))).toBe('x');
    expect(strings.one(null)).toBeNull();
  });
});
