import { describe, expect, it } from 'vitest';
import { compileCalendars } from '../calendar/compile-calendars';
import { standardCalendar } from '../calendar/standard-calendar';
import type { WorkingCalendar } from '../calendar/working-calendar.types';
import { parseDateTime } from '../model/time';
import type { EvmTaskInput } from './evm.types';
import { evmTotals, plannedValueSeries } from './project-evm';
import { taskEarnedValue, taskPlannedValue } from './task-value';

const calendar = compileCalendars([standardCalendar()]).get('standard') as WorkingCalendar;
// Monday 2026-03-02 08:00 to Friday 2026-03-06 17:00: 5 working days of 8 hours
const task: EvmTaskInput = {
  id: 'A',
  budget: 100_000,
  baselineStart: parseDateTime('2026-03-02T08:00'),
  baselineFinish: parseDateTime('2026-03-06T17:00'),
  percentComplete: 30,
  actualCost: 40_000,
};

describe('taskPlannedValue', () => {
  it('accrues the budget evenly over working time', () => {
    expect(taskPlannedValue(task, parseDateTime('2026-03-02T08:00'), calendar)).toBe(0);
    // two working days of five → 40 %
    expect(taskPlannedValue(task, parseDateTime('2026-03-03T17:00'), calendar)).toBeCloseTo(40_000, 9);
    // the weekend after adds nothing
    expect(taskPlannedValue(task, parseDateTime('2026-03-07T12:00'), calendar)).toBe(100_000);
    // lunch hour 12:00–13:00 is not working time: Monday 12:00 and 13:00 plan the same
    expect(taskPlannedValue(task, parseDateTime('2026-03-02T12:00'), calendar)).toBeCloseTo(10_000, 9);
    expect(taskPlannedValue(task, parseDateTime('2026-03-02T13:00'), calendar)).toBeCloseTo(10_000, 9);
  });

  it('plans a milestone at its date', () => {
    const milestone = { ...task, baselineStart: task.baselineFinish };
    expect(taskPlannedValue(milestone, parseDateTime('2026-03-06T16:59'), calendar)).toBe(0);
    expect(taskPlannedValue(milestone, parseDateTime('2026-03-06T17:00'), calendar)).toBe(100_000);
  });
});

describe('taskEarnedValue by percent-complete method (hand-computed)', () => {
  it('physical: budget × physical % (falls back to % complete)', () => {
    expect(taskEarnedValue({ ...task, physicalPercentComplete: 45 }, 'physical')).toBe(45_000);
    expect(taskEarnedValue(task, 'physical')).toBe(30_000);
  });
  it('0/100: nothing until finished', () => {
    expect(taskEarnedValue(task, '0/100')).toBe(0);
    expect(taskEarnedValue({ ...task, percentComplete: 100 }, '0/100')).toBe(100_000);
  });
  it('50/50: half at the start, the rest at the finish', () => {
    expect(taskEarnedValue({ ...task, percentComplete: 0 }, '50/50')).toBe(0);
    expect(taskEarnedValue({ ...task, percentComplete: 1 }, '50/50')).toBe(50_000);
    expect(taskEarnedValue(task, '50/50')).toBe(50_000);
    expect(taskEarnedValue({ ...task, percentComplete: 100 }, '50/50')).toBe(100_000);
  });
  it('duration: budget × % of the duration complete', () => {
    expect(taskEarnedValue(task, 'duration')).toBe(30_000);
  });
  it("a task's own method overrides the project's", () => {
    expect(taskEarnedValue({ ...task, method: '0/100' }, 'duration')).toBe(0);
  });
  it('rejects a percent outside 0–100 naming the task and field', () => {
    expect(() => taskEarnedValue({ ...task, percentComplete: 120 }, 'duration')).toThrow(
      /task A: percentComplete must be between 0 and 100/,
    );
  });
});

describe('evmTotals and the PV series', () => {
  const second: EvmTaskInput = {
    id: 'B',
    budget: 50_000,
    baselineStart: parseDateTime('2026-03-09T08:00'),
    baselineFinish: parseDateTime('2026-03-13T17:00'),
    percentComplete: 0,
    actualCost: 0,
  };

  it('sums PV at the status date, EV, AC and BAC', () => {
    const totals = evmTotals([task, second], {
      statusDate: parseDateTime('2026-03-04T17:00'),
      calendar,
    });
    expect(totals).toEqual({ pv: 60_000, ev: 30_000, ac: 40_000, bac: 150_000 });
  });

  it('gives weekly cumulative PV until the budget is planned', () => {
    const series = plannedValueSeries([task, second], parseDateTime('2026-03-02T00:00'), 7 * 1440, calendar);
    expect(series).toEqual([100_000, 150_000]);
  });

  it('names the task whose budget is negative', () => {
    expect(() => evmTotals([{ ...task, budget: -1 }], { statusDate: task.baselineStart, calendar })).toThrow(
      /task A: budget/,
    );
  });
});
