import type { ScheduledTask } from '@tandem/engine';
import { parseDateTime } from '@tandem/engine';
import { describe, expect, it } from 'vitest';
import { type TaskRow, UNSCHEDULED_TASK } from '../tasks/tasks.repository';
import { movedTaskIndexes, scheduleChange } from './schedule-writes';

const row = {
  ...UNSCHEDULED_TASK,
  id: 't',
  duration: 480,
  start: '2026-03-02T08:00:00',
  finish: '2026-03-02T17:00:00',
  critical: 1,
  late_start: '2026-03-02T08:00:00',
  late_finish: '2026-03-02T17:00:00',
} as TaskRow;
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
  it('writes nothing when the stored row already holds the schedule', () => {
    expect(scheduleChange({ task: row, level: 1, wbs: '1', summary: false }, computed())).toBeNull();
  });

  it('writes a slack change even when the dates stay, keeping a leaf duration as entered', () => {
    const change = scheduleChange(
      { task: row, level: 1, wbs: '1', summary: false },
      computed({ critical: false, totalSlack: 960, duration: 999 }),
    );
    expect(change).toMatchObject({
      critical: 0,
      total_slack: 960,
      duration: 480,
      start: '2026-03-02T08:00:00',
    });
  });

  it("stores a summary's computed span as its duration", () => {
    const change = scheduleChange(
      { task: row, level: 1, wbs: '1', summary: true },
      computed({ duration: 960 }),
    );
    expect(change?.duration).toBe(960);
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
