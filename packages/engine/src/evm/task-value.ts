import type { WorkingCalendar } from '../calendar/working-calendar.types';
import type { DateTime } from '../model/time';
import type { EvmTaskInput, PercentCompleteMethod } from './evm.types';

/**
 * Planned value of one task at `at` (minor units): its budget spread evenly over the working time
 * of its baseline (Microsoft Project's default linear accrual). A zero-length task (a milestone)
 * plans its budget at its baseline finish.
 */
export function taskPlannedValue(task: EvmTaskInput, at: DateTime, calendar: WorkingCalendar): number {
  if (task.baselineFinish <= task.baselineStart) return at >= task.baselineFinish ? task.budget : 0;
  if (at <= task.baselineStart) return 0;
  if (at >= task.baselineFinish) return task.budget;
  const total = calendar.workingBetween(task.baselineStart, task.baselineFinish);
  if (total <= 0) {
    // no working time in the baseline (an elapsed task on a calendar without work): accrue by clock time
    return (task.budget * (at - task.baselineStart)) / (task.baselineFinish - task.baselineStart);
  }
  return (task.budget * calendar.workingBetween(task.baselineStart, at)) / total;
}

function clampPercent(value: number, field: string, id: string): number {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new RangeError(`task ${id}: ${field} must be between 0 and 100 (got ${value})`);
  }
  return value;
}

/**
 * Earned value of one task (minor units) under an earning rule (see PercentCompleteMethod).
 * `started` means any progress was reported (percent complete above 0).
 */
export function taskEarnedValue(task: EvmTaskInput, method: PercentCompleteMethod): number {
  const percent = clampPercent(task.percentComplete, 'percentComplete', task.id);
  switch (task.method ?? method) {
    case 'physical': {
      const physical = task.physicalPercentComplete ?? percent;
      return (task.budget * clampPercent(physical, 'physicalPercentComplete', task.id)) / 100;
    }
    case '0/100':
      return percent >= 100 ? task.budget : 0;
    case '50/50':
      return percent >= 100 ? task.budget : percent > 0 ? task.budget / 2 : 0;
    case 'duration':
      return (task.budget * percent) / 100;
  }
}
