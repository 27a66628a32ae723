import { describe, expect, it, vi } from 'vitest';
import { presentListed } from './listed-task-json';
import { presentTask } from './task.presenter';
import { taskJson } from './task-json';
import type { OutlineEntry } from './task-outline';
import { taskRow } from './task-row.testkit';
import type { TaskRow } from './tasks.repository';

const row = taskRow;

const analysis = {
  critical: false,
  totalSlack: 480,
  freeSlack: 0,
  lateStart: '2026-01-06T08:00:00',
  lateFinish: '2026-01-07T17:00:00',
};
const entry = (task: TaskRow, more: Partial<OutlineEntry<TaskRow>> = {}): OutlineEntry<TaskRow> => ({
  task,
  level: 1,
  wbs: '1',
  summary: false,
  analysis,
  ...more,
});

describe('presentListed', () => {
  it('presents the task, with JSON.stringify of it as its JSON text', () => {
    for (const e of [
      entry(row()),
      entry(row(), { analysis: undefined }),
      entry(row({ name: 'a ,"critical":true, "quoted" \\ name', notes: 'line\nbreak' })),
      entry(
        row({
          constraint_type: 'SNET',
          constraint_date: '2026-01-05T08:00:00',
          deadline: '2026-02-01T17:00:00',
        }),
      ),
      entry(row({ id: 's' }), { summary: true, level: 2, wbs: '1.2' }),
    ]) {
      const task = presentListed(e, e.summary ? 37.5 : undefined);
      expect(task).toEqual(presentTask(e, e.summary ? 37.5 : undefined));
      expect(taskJson(task)).toBe(JSON.stringify(task));
    }
  });

  it("reuses the row's text when only the analysis changed, and makes it again when the outline did", () => {
    const stored = row();
    const first = taskJson(presentListed(entry(stored)));
    // an edit elsewhere moved the project finish: a new entry, the same row
    const reanalysed = presentListed(
      entry(stored, { analysis: { ...analysis, critical: true, totalSlack: 0 } }),
    );
    const second = taskJson(reanalysed);
    expect(second).toBe(JSON.stringify(reanalysed));
    expect(JSON.parse(second)).toMatchObject({ critical: true, totalSlack: 0, name: 'Design' });
    expect(second).not.toBe(first);
    const headOf = (text: string) => text.slice(0, text.indexOf(',"critical":'));
    expect(headOf(second)).toBe(headOf(first));
    // the row's part is not made again: only the analysis is stringified
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      presentListed(entry(stored, { analysis: { ...analysis, freeSlack: 60 } }));
      expect(stringify).toHaveBeenCalledTimes(1);
      expect(stringify.mock.calls[0][0]).not.toHaveProperty('name');
    } finally {
      stringify.mockRestore();
    }
    const moved = presentListed(entry(stored, { wbs: '2', level: 1 }));
    expect(JSON.parse(taskJson(moved))).toMatchObject({ wbs: '2' });
    const rolled = presentListed(entry(stored, { summary: true }), 50);
    expect(taskJson(rolled)).toBe(JSON.stringify(rolled));
  });

  it('leaves the row as it was to equality, spreads and JSON', () => {
    const stored = row();
    presentListed(entry(stored));
    expect(stored).toEqual(row());
    expect(Object.keys({ ...stored })).toEqual(Object.keys(row()));
    expect(JSON.stringify(stored)).toBe(JSON.stringify(row()));
  });
});
