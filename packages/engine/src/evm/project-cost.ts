import type { AssignmentInput, ProjectInput, RateEntry, ResourceInput } from '../model/project.types';
import type { DateTime } from '../model/time';

/** The rate-table entry in force at `at`: the last one starting on or before it (entries in date order). */
export function rateAt(rates: readonly RateEntry[] | undefined, at: DateTime): RateEntry | null {
  if (!rates || rates.length === 0) return null;
  let current: RateEntry | null = null;
  for (const entry of rates) if (entry.from === null || entry.from <= at) current = entry;
  return current ?? rates[0];
}

/**
 * Cost of one assignment, minor units: work resources cost work (hours) × standard rate plus the
 * cost per use; material resources cost quantity × rate plus the cost per use; cost resources carry
 * no rate and cost nothing here (their amount is entered on the assignment in MS Project).
 * The rate is the one in force when the task starts (MS Project prorates across rate changes; a
 * task rarely spans one, and the difference is reported as a known limit).
 */
export function assignmentCost(
  assignment: AssignmentInput,
  resource: ResourceInput,
  taskStart: DateTime,
): number {
  const rate = rateAt(resource.rates, taskStart);
  if (!rate || resource.type === 'cost') return 0;
  const quantity = resource.type === 'work' ? assignment.work / 60 : assignment.work;
  return quantity * rate.standardRate + rate.costPerUse;
}

/**
 * Cost at completion of the active tasks of a project, minor units: fixed costs plus assignment
 * costs. `starts` gives each task's scheduled start (for the rate in force); without it the
 * project start is used.
 */
export function projectCostAtCompletion(
  project: ProjectInput,
  starts?: ReadonlyMap<string, DateTime>,
): number {
  const resources = new Map((project.resources ?? []).map((r) => [r.id, r]));
  const active = new Set(project.tasks.filter((t) => t.active !== false).map((t) => t.id));
  let total = 0;
  for (const task of project.tasks) if (active.has(task.id)) total += task.fixedCost ?? 0;
  for (const assignment of project.assignments ?? []) {
    if (!active.has(assignment.taskId)) continue;
    const resource = resources.get(assignment.resourceId);
    if (!resource) continue;
    total += assignmentCost(assignment, resource, starts?.get(assignment.taskId) ?? project.settings.start);
  }
  return total;
}
