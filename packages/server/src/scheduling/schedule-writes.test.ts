import type { ScheduledTask } from '@tandem/engine';
import { parseDateTime } from '@tandem/engine';
import { describe, expect, it } from 'vitest';
import { presentTaskOnce } from '../tasks/presented-task-cache';
import type { OutlineEntry } from '../tasks/task-outline';
import { type TaskRow, UNSCHEDULED_TASK } from '../tasks/tasks.repository';
import { applyScheduleChanges, movedRebuiltTasks, movedTaskIndexes, scheduleChange } from './schedule-writes';
import type { TaskAnalysis } from './task-analysis';

const row = {
  ...UNSCHEDULED_TASK,
  id: 't',
  duration: 480,
  start: '2026-03-02T08:00:00',
  finish: '2026-03-02T17:00:00',
} as TaskRow;
const analysis: TaskAnalysis = {
  critical: true,
  totalSlack: 0,
  freeSlack: 0,
  lateStart: '2026-03-02T08:00:00',
  lateFinish: '2026-03-02T17:00:00',
};
const entry = (summary = false): OutlineEntry<TaskRow> => ({
  task: row,
  level: 1,
  wbs: '1',
  summary,
  analysis,
});
const computed = (changes: Partial<ScheduledTask> = {}): ScheduledTask => ({
  id: 't',
  start: parseDateTime('2026-03-02T08:00'),
  finish: parseDateTime('2026-03-02T17:00'),
  earlyStart: parseDateTime('2026-03-02T08:00'),
  earlyFinish: parseDateTime('2026-03-02T17:00'),
  lateStart: parseDateTime('2026-03-02T08:00'),
  lateFinish: parseDateTime('2026-03-02T17:00'),
  totalSlack: 0,
  freeSlack: 0,
  critical: true,
  summary: false,
  duration: 480,
  missedDeadline: false,
  ...changes,
});

describe('scheduleChange', () => {
  it('changes nothing when the row holds the dates and the entry the analysis', () => {
    expect(scheduleChange(entry(), computed())).toBeNull();
  });

  it('changes only the analysis when the dates stay, keeping a leaf duration as entered', () => {
    const change = scheduleChange(entry(), computed({ critical: false, totalSlack: 960, duration: 999 }));
    expect(change).toEqual({
      stored: null,
      analysis: { ...analysis, critical: false, totalSlack: 960 },
    });
  });

  it('stores moved dates and keeps the held analysis object when it is the same', () => {
    const change = scheduleChange(entry(), computed({ finish: parseDateTime('2026-03-03T17:00') }));
    expect(change?.stored).toEqual({
      id: 't',
      start: '2026-03-02T08:00:00',
      finish: '2026-03-03T17:00:00',
      duration: 480,
    });
    expect(change?.analysis).toBe(analysis);
  });

  it('counts the analysis as changed on an entry read from the database (none held)', () => {
    const { analysis: _held, ...fromDatabase } = entry();
    expect(scheduleChange(fromDatabase, computed())).toEqual({ stored: null, analysis });
  });

  it('updates the held analysis object in place when asked, and only when it changed', () => {
    const held = { ...analysis };
    const inPlace = { ...entry(), analysis: held };
    expect(scheduleChange(inPlace, computed(), true)).toBeNull();
    const change = scheduleChange(
      inPlace,
      computed({ totalSlack: 960, lateFinish: parseDateTime('2026-03-04T17:00') }),
      true,
    );
    expect(change?.stored).toBeNull();
    expect(change?.analysis).toBe(held);
    expect(held).toEqual({ ...analysis, totalSlack: 960, lateFinish: '2026-03-04T17:00:00' });
    // without it, the held object stays as it is
    const copy = scheduleChange({ ...entry(), analysis: held }, computed(), false);
    expect(copy?.analysis).not.toBe(held);
    expect(held.totalSlack).toBe(960);
  });

  it("stores a summary's computed span as its duration", () => {
    expect(scheduleChange(entry(true), computed({ duration: 960 }))?.stored?.duration).toBe(960);
  });
});

describe('applyScheduleChanges', () => {
  it('copies a row only when its dates moved, and puts the analysis on the entry', () => {
    const outline = [entry(), entry()];
    const moved = { ...analysis, totalSlack: 60 };
    applyScheduleChanges(outline, [
      { index: 0, stored: null, analysis: moved },
      {
        index: 1,
        stored: { id: 't', start: row.start, finish: '2026-03-04T17:00:00', duration: 480 },
        analysis,
      },
    ]);
    expect(outline[0].task).toBe(row);
    expect(outline[0].analysis).toBe(moved);
    expect(outline[1].task).not.toBe(row);
    expect(outline[1].task).toEqual({ ...row, finish: '2026-03-04T17:00:00' });
    expect(row.finish).toBe('2026-03-02T17:00:00');
  });

  it('writes moved dates into the row in place when asked, keeping the entry', () => {
    const held = { ...analysis };
    const own = { ...row };
    const outline = [{ ...entry(), task: own, analysis: held }];
    const kept = outline[0];
    const before = presentTaskOnce(kept);
    const stored = { id: 't', start: row.start, finish: '2026-03-05T17:00:00', duration: 1920 };
    applyScheduleChanges(outline, [{ index: 0, stored, analysis: held }], true);
    expect(outline[0]).toBe(kept);
    expect(outline[0].task).toBe(own);
    expect(own).toEqual({ ...row, finish: '2026-03-05T17:00:00', duration: 1920 });
    expect(presentTaskOnce(kept)).not.toBe(before);
    expect(presentTaskOnce(kept).finish).toBe('2026-03-05T17:00:00');
  });

  it('keeps an entry whose analysis object was updated in place, dropping its presentation', () => {
    const held = { ...analysis };
    const outline = [{ ...entry(), analysis: held }];
    const kept = outline[0];
    const before = presentTaskOnce(kept);
    applyScheduleChanges(outline, [{ index: 0, stored: null, analysis: held }]);
    expect(outline[0]).toBe(kept);
    expect(presentTaskOnce(kept)).not.toBe(before);
  });
});

describe('movedTaskIndexes', () => {
  it('finds the tasks whose computed schedule moved, and only those', () => {
    const before = [computed(), computed({ id: 'u' }), computed({ id: 'v' })];
    const after = [
      computed(),
      computed({ id: 'u', finish: parseDateTime('2026-03-03T17:00') }),
      computed({ id: 'v', totalSlack: 480 }),
    ];
    expect(movedTaskIndexes(before, after)).toEqual([1, 2]);
    expect(movedTaskIndexes(before, before)).toEqual([]);
  });

  it('takes every task as moved when the plans differ in length', () => {
    expect(movedTaskIndexes([computed()], [computed(), computed({ id: 'u' })])).toEqual([0, 1]);
  });
});

describe('movedRebuiltTasks', () => {
  it('compares only the tasks the engine rebuilt, with what each replaced', () => {
    const before = [computed(), computed({ id: 'u' }), computed({ id: 'v' })];
    // the result reused the list: only the replaced objects tell what was there
    const tasks = [before[0], computed({ id: 'u', totalSlack: 60 }), computed({ id: 'v' })];
    expect(movedRebuiltTasks({ tasks, rebuiltTasks: [2, 1], replacedTasks: [before[2], before[1]] })).toEqual(
      [1],
    );
    expect(movedRebuiltTasks({ tasks, rebuiltTasks: [], replacedTasks: [] })).toEqual([]);
  });

  it('takes what an in-place result says changed, in outline order', () => {
    const tasks = [computed(), computed({ id: 'u' }), computed({ id: 'v' })];
    expect(movedRebuiltTasks({ tasks, rebuiltTasks: [2, 0, 1], changedTasks: [2, 0] })).toEqual([0, 2]);
    expect(movedRebuiltTasks({ tasks, rebuiltTasks: [2], changedTasks: [] })).toEqual([]);
  });

  it('says nothing of a result that rebuilt every task', () => {
    expect(movedRebuiltTasks({ tasks: [computed()] })).toBeNull();
  });
});
