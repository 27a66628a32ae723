import type { Task, TaskWriteResult } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { problems } from '../http/problem-error';
import { rolledUpAt, rollUpProgress } from './summary-progress';
import { presentTask } from './task.presenter';
import { buildOutline, type OutlineEntry } from './task-outline';
import { listTasks, type TaskRow } from './tasks.repository';

/** A project's outline as the rescheduler left it, with the index of each task id when known. */
export interface StoredOutline {
  readonly outline: readonly OutlineEntry<TaskRow>[];
  readonly indexOf?: ReadonlyMap<string, number>;
}

/**
 * The wanted tasks of `outline`, in outline order, found by `indexOf`: work in proportion to the
 * tasks wanted (a summary's progress rolls up its own subtree only), not to the plan.
 */
function presentIndexed(
  outline: readonly OutlineEntry<TaskRow>[],
  indexOf: ReadonlyMap<string, number>,
  wanted: ReadonlySet<string>,
): Task[] {
  const indexes: number[] = [];
  for (const id of wanted) {
    const index = indexOf.get(id);
    if (index !== undefined && outline[index]?.task.id === id) indexes.push(index);
  }
  indexes.sort((a, b) => a - b);
  return indexes.map((index) => presentTask(outline[index], rolledUpAt(outline, index)));
}

/** Where presentTasksById finds tasks: a reschedule's report, or an outline the caller holds. */
export interface PresentedPlan {
  /** The outline with each task's analysis (`RescheduleReport.outline`). */
  readonly outline?: readonly OutlineEntry<TaskRow>[];
  /** Index in `outline` of each task id: then only the wanted tasks are visited. */
  readonly indexOf?: ReadonlyMap<string, number>;
}

/**
 * The given tasks of a project as they are now, in outline order (ids no longer in the project,
 * e.g. deleted ones, are skipped), from `plan` (what a reschedule reports). A plan without an
 * outline means no scheduler ran (none, or no tasks): the rows are read and presented without
 * analysis.
 */
export async function presentTasksById(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  taskIds: Iterable<string>,
  plan: PresentedPlan,
): Promise<Task[]> {
  const wanted = new Set(taskIds);
  if (wanted.size === 0) return [];
  if (plan.outline && plan.indexOf) return presentIndexed(plan.outline, plan.indexOf, wanted);
  const outline = plan.outline ?? buildOutline(await listTasks(db, workspaceId, projectId));
  const progress = rollUpProgress(outline);
  return outline
    .filter((entry) => wanted.has(entry.task.id))
    .map((entry) => presentTask(entry, progress.get(entry.task.id)));
}

/**
 * A task write's answer: the written task, and every other task the reschedule moved
 * (`changedTaskIds` from `ProjectScheduler.reschedule`).
 */
export async function presentWrite(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  taskId: string,
  changedTaskIds: readonly string[],
  plan: PresentedPlan,
): Promise<TaskWriteResult> {
  const tasks = await presentTasksById(db, workspaceId, projectId, [taskId, ...changedTaskIds], plan);
  const task = tasks.find((t) => t.id === taskId);
  if (!task) throw problems.notFound('task', taskId);
  return { task, rescheduled: tasks.filter((t) => t.id !== taskId) };
}
