import type { LevelingDelay, Task, Workload, WorkloadCell, WorkloadPeriod } from '@tandem/api';
import { parseFloatingDate } from '../../lib/format';

const dayLabel = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const weekLabel = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
});

/** `"12h"`, `"7.5h"`, `"0h"`: minutes shown in hours, as the workload grid reads. */
export function formatHours(minutes: number): string {
  const hours = minutes / 60;
  if (Math.abs(hours - Math.round(hours)) < 0.05) return `${Math.round(hours)}h`;
  return `${hours.toFixed(1)}h`;
}

/** Column header of a period: `"Mon 2 Mar"` for a day, `"wk 2 Mar 26"` for a week. */
export function formatPeriodLabel(periodStart: string, period: WorkloadPeriod): string {
  const date = parseFloatingDate(periodStart);
  if (!date) throw new RangeError(`workload period start "${periodStart}" is not a floating date-time`);
  return period === 'day' ? dayLabel.format(date).replace(',', '') : `wk ${weekLabel.format(date)}`;
}

/** Load of a cell as a share of capacity (1 = full); Infinity for work where there is no capacity. */
export function loadRatio(cell: WorkloadCell): number {
  if (cell.capacity === 0) return cell.work === 0 ? 0 : Number.POSITIVE_INFINITY;
  return cell.work / cell.capacity;
}

/** What a screen reader says of a cell, so that overallocation is never told by colour alone. */
export function describeCell(
  resourceName: string,
  periodStart: string,
  cell: WorkloadCell,
  period: WorkloadPeriod,
): string {
  const when = formatPeriodLabel(periodStart, period);
  const base = `${resourceName}, ${when}: ${formatHours(cell.work)} of ${formatHours(cell.capacity)}`;
  return cell.overallocated ? `${base}, overallocated` : base;
}

/** Overallocated cells per resource id, and in all: what the view's summary line shows. */
export function countOverallocated(workload: Workload): {
  readonly total: number;
  readonly byResource: ReadonlyMap<string, number>;
} {
  const byResource = new Map<string, number>();
  let total = 0;
  for (const row of workload.resources) {
    const count = row.cells.reduce((sum, cell) => sum + (cell.overallocated ? 1 : 0), 0);
    byResource.set(row.resourceId, count);
    total += count;
  }
  return { total, byResource };
}

/** `"2 d 4 h"`, `"3 h"`, `"45 min"`: an elapsed delay as the levelling report shows it. */
export function formatElapsedDelay(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.round((minutes - days * 1440) / 60);
  if (days === 0) return `${hours} h`;
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

/** One line of the levelling report. */
export interface DelayReportRow {
  readonly taskId: string;
  /** The task's name, or its id when it is no longer in the task list. */
  readonly name: string;
  readonly wbs: string;
  readonly delayMinutes: number;
  readonly from: string;
  readonly to: string;
}

/** The levelling report: delayed tasks with their names, the longest delay first. */
export function delayReport(delays: readonly LevelingDelay[], tasks: readonly Task[]): DelayReportRow[] {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  return delays
    .filter((delay) => delay.delayMinutes > 0)
    .map((delay) => {
      const task = byId.get(delay.taskId);
      return {
        taskId: delay.taskId,
        name: task?.name ?? delay.taskId,
        wbs: task?.wbs ?? '',
        delayMinutes: delay.delayMinutes,
        from: delay.from,
        to: delay.to,
      };
    })
    .sort((a, b) => b.delayMinutes - a.delayMinutes || a.wbs.localeCompare(b.wbs, 'en', { numeric: true }));
}

/** Days one workload answer may hold in day columns (the server's limit is 1,000 periods). */
export const MAX_DAY_COLUMNS = 900;

/** The window the workload view asks for, and whether it is cut short of the project finish. */
export interface WorkloadWindow {
  /** Floating date-times, `from` inclusive and `to` exclusive; undefined = the project's own. */
  readonly from?: string;
  readonly to?: string;
  readonly truncated: boolean;
}

/**
 * The workload window: the whole project, except that day columns stop after
 * `MAX_DAY_COLUMNS` days (weeks always cover the whole project).
 */
export function workloadWindow(start: string, finish: string | null, period: WorkloadPeriod): WorkloadWindow {
  if (period === 'week' || finish === null) return { truncated: false };
  const from = parseFloatingDate(start);
  const to = parseFloatingDate(finish);
  if (!from || !to)
    throw new RangeError(`project dates "${start}" – "${finish}" are not floating date-times`);
  const days = (to.getTime() - from.getTime()) / 86_400_000;
  if (days <= MAX_DAY_COLUMNS - 1) return { truncated: false };
  const day = start.slice(0, 10);
  const end = new Date(Date.parse(`${day}T00:00:00Z`) + MAX_DAY_COLUMNS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { from: `${day}T00:00:00`, to: `${end}T00:00:00`, truncated: true };
}
