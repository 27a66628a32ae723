import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringsOf, taskRowCopy } from './task-row-copy';
import { type TaskRow, UNSCHEDULED_TASK } from './tasks.repository';

const row: TaskRow = {
  ...UNSCHEDULED_TASK,
  workspace_id: 'w1',
  id: 't1',
  project_id: 'p1',
  parent_id: null,
  position: 3,
  name: 'Pour the slab',
  duration: 480,
  duration_unit: 'd',
  start: '2026-03-02T08:00:00',
  finish: '2026-03-02T17:00:00',
  milestone: 0,
  percent_complete: 40,
  constraint_type: 'SNET',
  constraint_date: '2026-03-02T08:00:00',
  deadline: null,
  notes: 'check the rebar first',
  version: 7,
  created_at: '2026-03-01T10:00:00.000Z',
  updated_at: '2026-03-01T11:00:00.000Z',
  priority: 700,
  actual_start: '2026-03-02T08:00:00',
  actual_finish: null,
  actual_duration: 120,
  remaining_duration: null,
};

describe('taskRowCopy', () => {
  it('copies every column into a new object', () => {
    const copy = taskRowCopy(row);
    expect(copy).not.toBe(row);
    expect(copy).toEqual(row);
    expect(Object.keys(copy).sort()).toEqual(Object.keys(row).sort());
  });

  it('passes each string column through `one`', () => {
    const seen: (string | null)[] = [];
    const copy = taskRowCopy(row, (text) => {
      seen.push(text);
      return (text === null ? null : text.toUpperCase()) as typeof text;
    });
    expect(copy.project_id).toBe('P1');
    expect(copy.notes).toBe('CHECK THE REBAR FIRST');
    expect(copy.id).toBe('T1');
    expect(copy.name).toBe('POUR THE SLAB');
    expect(copy.duration).toBe(480);
    expect(seen).toHaveLength(16);
  });

  it('gives a row V8 holds in dictionary mode fast properties again', () => {
    // V8's own view of the layout, which only a process started with natives syntax can ask for
    const module = fileURLToPath(new URL('./task-row-copy.ts', import.meta.url));
    const script = `
      const { taskRowCopy } = await import(${JSON.stringify(module)});
      const row = JSON.parse(process.argv[1]);
      delete row.workspace_id;
      row.workspace_id = 'w1';
      const fast = (o) => %HasFastProperties(o);
      console.log(JSON.stringify({ slow: fast(row), copy: fast(taskRowCopy(row)) }));
    `;
    const out = execFileSync(
      process.execPath,
      ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(row)],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual({ slow: false, copy: true });
  });

  it('shares the strings of a held row whose values are the same (stringsOf)', () => {
    const fresh = (text: string) => text.split('').join('');
    const edited: TaskRow = { ...row, id: fresh('t1'), project_id: fresh('p1'), name: 'Pour the slab again' };
    const copy = taskRowCopy(edited, stringsOf(row));
    expect(copy).toEqual(edited);
    const one = stringsOf(row);
    // identity is not observable for strings: what the lookup gives back is the held value
    expect(one(fresh('2026-03-02T08:00:00'))).toBe(row.start);
    expect(one('Pour the slab again')).toBe('Pour the slab again');
    expect(one(null)).toBeNull();
  });
});
