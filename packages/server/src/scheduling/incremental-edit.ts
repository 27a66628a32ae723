import type { TaskPatch } from '@tandem/engine';
import type { TaskRow } from '../tasks/tasks.repository';
import { toTaskInput } from './project-input.mapper';
import type { CachedPlan } from './scheduler-cache';

/**
 * Columns a write may change and still be rescheduled incrementally (the engine's `updateTask`
 * handles them in place), besides the bookkeeping `version` and `updated_at`. Any other column
 * that differs (unit, milestone, progress, priority, place in the outline…) takes the full path.
 */
const INCREMENTAL_COLUMNS = new Set<keyof TaskRow>([
  'name',
  'notes',
  'duration',
  'constraint_type',
  'constraint_date',
  'deadline',
  'version',
  'updated_at',
]);

/**
 * The engine patch that turns the cached task `before` into the stored `after`, or null when the
 * edit is not one the cached scheduler can take: a summary (its duration is computed), a task
 * with assignments (a duration edit reworks their work, which the server does not store), or a
 * changed column outside INCREMENTAL_COLUMNS.
 */
export function incrementalPatch(plan: CachedPlan, after: TaskRow): TaskPatch | null {
  const index = plan.indexOf.get(after.id);
  if (index === undefined) return null;
  const entry = plan.outline[index];
  if (entry.summary) return null;
  const before = entry.task;
  for (const key of Object.keys(after) as (keyof TaskRow)[]) {
    if (before[key] !== after[key] && !INCREMENTAL_COLUMNS.has(key)) return null;
  }
  if (plan.scheduler.project().assignments?.some((a) => a.taskId === after.id)) return null;
  const current = plan.scheduler.project().tasks[index];
  const input = toTaskInput({ ...entry, task: after }, current.levelingDelay ?? 0);
  return {
    name: input.name,
    duration: input.duration,
    constraint: input.constraint,
    deadline: input.deadline,
  };
}
