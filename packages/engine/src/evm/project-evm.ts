import type { WorkingCalendar } from '../calendar/working-calendar.types';
import type { DateTime } from '../model/time';
import type { EvmIndicators, EvmTaskInput, EvmTotals, PercentCompleteMethod } from './evm.types';
import { evmIndicators } from './performance';
import { taskEarnedValue, taskPlannedValue } from './task-value';

export interface ProjectEvmOptions {
  /** The status date: PV is measured up to it; EV and AC are as reported at it. */
  readonly statusDate: DateTime;
  /** The earning rule for tasks that do not name their own (default `duration`, as MS Project). */
  readonly method?: PercentCompleteMethod;
  /** Calendar over which budgets accrue (the project calendar). */
  readonly calendar: WorkingCalendar;
  /** Bottom-up estimate to complete (minor units), for the bottom-up EAC. */
  readonly etcBottomUp?: number;
}

/** Cumulative PV, EV, AC and BAC of a set of work packages at the status date (minor units). */
export function evmTotals(tasks: readonly EvmTaskInput[], options: ProjectEvmOptions): EvmTotals {
  const method = options.method ?? 'duration';
  let pv = 0;
  let ev = 0;
  let ac = 0;
  let bac = 0;
  for (const task of tasks) {
    if (!Number.isFinite(task.budget) || task.budget < 0) {
      throw new RangeError(`task ${task.id}: budget must be a non-negative amount (got ${task.budget})`);
    }
    if (!Number.isFinite(task.actualCost) || task.actualCost < 0) {
      throw new RangeError(
        `task ${task.id}: actualCost must be a non-negative amount (got ${task.actualCost})`,
      );
    }
    if (task.baselineFinish < task.baselineStart) {
      throw new RangeError(`task ${task.id}: baseline finish is before its start`);
    }
    bac += task.budget;
    pv += taskPlannedValue(task, options.statusDate, options.calendar);
    ev += taskEarnedValue(task, method);
    ac += task.actualCost;
  }
  return { pv, ev, ac, bac };
}

/** Every PMI indicator of a project at its status date (see evmIndicators). */
export function projectEvm(tasks: readonly EvmTaskInput[], options: ProjectEvmOptions): EvmIndicators {
  return evmIndicators(evmTotals(tasks, options), options.etcBottomUp);
}

/**
 * Cumulative planned value at the end of each period from `from` (exclusive ends at from + k·period),
 * until the whole budget is planned: the performance measurement baseline, for the S-curve and
 * for earned schedule.
 * @param periodMinutes the period length in clock minutes (10,080 for weeks).
 */
export function plannedValueSeries(
  tasks: readonly EvmTaskInput[],
  from: DateTime,
  periodMinutes: number,
  calendar: WorkingCalendar,
): number[] {
  if (!(periodMinutes > 0)) throw new RangeError('plannedValueSeries: the period must be positive');
  if (tasks.length === 0) return [];
  let last = from;
  for (const task of tasks) if (task.baselineFinish > last) last = task.baselineFinish;
  const series: number[] = [];
  for (let end = from + periodMinutes; ; end += periodMinutes) {
    let pv = 0;
    for (const task of tasks) pv += taskPlannedValue(task, end as DateTime, calendar);
    series.push(pv);
    if (end >= last) break;
  }
  return series;
}
