import {
  assignmentCost,
  type DateTime,
  type ProjectInput,
  parseDateTime,
  type ResourceInput,
  rateAt,
} from '@tandem/engine';
import type { TaskCostRow, TimesheetEntryRow } from './costs.repository';

export interface TaskCostFigures {
  readonly plannedCostMinor: number;
  readonly actualCostMinor: number;
}

/**
 * Planned and actual cost of every task, minor units, rolled up the outline.
 * - planned: fixed cost + each assignment's work × the rate in force at the task start + cost per use;
 * - actual: fixed cost accrued with percent complete (MS Project's prorated accrual) + approved
 *   timesheet minutes × the resource's standard rate in force on the day worked.
 * Each leaf is rounded to whole minor units before summing, so totals add up exactly.
 */
export function computeTaskCosts(input: {
  readonly tasks: readonly {
    id: string;
    parentId: string | null;
    start: DateTime;
    percentComplete: number;
  }[];
  readonly project: ProjectInput;
  readonly taskCosts: ReadonlyMap<string, TaskCostRow>;
  readonly approved: readonly TimesheetEntryRow[];
  readonly timesheetResources: ReadonlyMap<string, ResourceInput>;
}): Map<string, TaskCostFigures> {
  const resources = new Map((input.project.resources ?? []).map((r) => [r.id, r]));
  const own = new Map<string, { planned: number; actual: number }>();
  for (const task of input.tasks) {
    const fixed = input.taskCosts.get(task.id)?.fixedCostMinor ?? 0;
    own.set(task.id, { planned: fixed, actual: Math.round((fixed * task.percentComplete) / 100) });
  }
  const startOf = new Map(input.tasks.map((t) => [t.id, t.start]));
  for (const assignment of input.project.assignments ?? []) {
    const resource = resources.get(assignment.resourceId);
    const figures = own.get(assignment.taskId);
    if (!resource || !figures) continue;
    figures.planned += Math.round(
      assignmentCost(assignment, resource, startOf.get(assignment.taskId) ?? input.project.settings.start),
    );
  }
  for (const entry of input.approved) {
    const resource = input.timesheetResources.get(entry.resource_id);
    const figures = own.get(entry.task_id);
    if (!resource || !figures) continue;
    const rate = rateAt(resource.rates, parseDateTime(`${entry.work_date}T00:00`));
    if (!rate || resource.type !== 'work') continue;
    figures.actual += Math.round((entry.minutes / 60) * rate.standardRate);
  }
  // roll up: children before parents (deepest first) by walking each task's ancestors
  const totals = new Map<string, { planned: number; actual: number }>();
  const parentOf = new Map(input.tasks.map((t) => [t.id, t.parentId]));
  for (const task of input.tasks) totals.set(task.id, { planned: 0, actual: 0 });
  for (const task of input.tasks) {
    const figures = own.get(task.id);
    if (!figures) continue;
    for (let id: string | null = task.id; id !== null; id = parentOf.get(id) ?? null) {
      const total = totals.get(id);
      if (!total) break;
      total.planned += figures.planned;
      total.actual += figures.actual;
    }
  }
  return new Map(
    [...totals].map(([id, t]) => [id, { plannedCostMinor: t.planned, actualCostMinor: t.actual }]),
  );
}
