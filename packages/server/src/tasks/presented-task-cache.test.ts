import { describe, expect, it } from 'vitest';
import { presentAt, presentTaskOnce } from './presented-task-cache';
import { presentTask } from './task.presenter';
import { taskJson } from './task-json';
import type { OutlineEntry } from './task-outline';
import { taskRow } from './task-row.testkit';
import type { TaskRow } from './tasks.repository';

const row: TaskRow = taskRow();
const entry = (task: TaskRow, summary = false): OutlineEntry<TaskRow> => ({
  task,
  level: 1,
  wbs: '1',
  summary,
});

describe('presentTaskOnce', () => {
  it('presents an entry as presentTask does, once per entry and rolled-up percent', () => {
    const e = entry(row, true);
    const first = presentTaskOnce(e, 40);
    expect(first).toEqual(presentTask(e, 40));
    expect(presentTaskOnce(e, 40)).toBe(first);
    expect(presentTaskOnce(e, 50).percentComplete).toBe(50);
  });

  it('presents a replaced entry (a write changed its row) afresh', () => {
    const before = entry(row);
    const after = entry({ ...row, duration: 480, version: 2 });
    presentTaskOnce(before);
    expect(presentTaskOnce(after)).toMatchObject({ duration: 480, version: 2 });
  });

  it('presents a copy of an entry with other analysis or another place afresh', () => {
    const before = entry(row);
    const first = presentTaskOnce(before);
    const analysis = {
      critical: true,
      totalSlack: 0,
      freeSlack: 0,
      lateStart: row.start,
      lateFinish: row.finish,
    };
    const reanalysed = { ...before, analysis };
    expect(presentTaskOnce(reanalysed)).toMatchObject({ critical: true });
    expect(presentTaskOnce({ ...before, wbs: '2', level: 2 })).toMatchObject({ wbs: '2', outlineLevel: 2 });
    // the copy's presentation does not replace the original's
    expect(presentTaskOnce(before)).toBe(first);
    // what is kept on entries and tasks is invisible to equality and JSON
    expect(before).toEqual(entry(row));
    expect(Object.keys(first)).toEqual(Object.keys(presentTask(before)));
  });
});

describe('taskJson', () => {
  it('is JSON.stringify of the task, remembered per task object', () => {
    const task = presentTaskOnce(entry(row));
    expect(taskJson(task)).toBe(JSON.stringify(task));
    expect(JSON.parse(taskJson(task))).toEqual(task);
  });
});

describe('presentAt', () => {
  it('answers the kept presentation when a listing made one, else presents without keeping', () => {
    const outline = [entry({ ...row, id: 'a' }), entry({ ...row, id: 'b' })];
    const fresh = presentAt(outline, 1);
    expect(fresh).toEqual(presentTask(outline[1]));
    // nothing was kept: a listing presents it again, and single reads then answer that
    const listed = presentTaskOnce(outline[1]);
    expect(listed).not.toBe(fresh);
    expect(presentAt(outline, 1)).toBe(listed);
    expect(presentAt(outline, 0)).not.toBe(presentAt(outline, 0));
  });
});
