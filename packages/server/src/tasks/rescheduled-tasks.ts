import type { ScheduleChanges, Task, TaskAnalysis, TaskWriteResult } from '@tandem/api';
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

/** The analysis an outline entry holds, as a write's `reanalysed` lists it. */
function analysisOfEntry(entry: OutlineEntry<TaskRow>): TaskAnalysis | null {
  const analysis = entry.analysis;
  if (!analysis) return null;
  return {
    id: entry.task.id,
    critical: analysis.critical,
    totalSlack: analysis.totalSlack,
    freeSlack: analysis.freeSlack,
    lateStart: analysis.lateStart,
    lateFinish: analysis.lateFinish,
  };
}

/**
 * The changes at `indexes` of `outline` (ascending), split: a task whose dates held (in
 * `reanalysed`, unless `whole` names it) by its analysis, every other one whole.
 */
function presentEntries(
  outline: readonly OutlineEntry<TaskRow>[],
  indexes: readonly number[],
  reanalysed: ReadonlySet<string> | undefined,
  whole: ReadonlySet<string> | undefined,
  rolledUp: (index: number) => number | undefined,
): ScheduleChanges {
  const changes: { rescheduled: Task[]; reanalysed: TaskAnalysis[] } = { rescheduled: [], reanalysed: [] };
  for (const index of indexes) {
    const entry = outline[index];
    const id = entry.task.id;
    const analysis = reanalysed?.has(id) && !whole?.has(id) ? analysisOfEntry(entry) : null;
    if (analysis) changes.reanalysed.push(analysis);
    else changes.rescheduled.push(presentTask(entry, rolledUp(index)));
  }
  return changes;
}

/** Where presentChanges finds tasks: a reschedule's report, or an outline the caller holds. */
export interface PresentedPlan {
  /** The outline with each task's analysis (`RescheduleReport.outline`). */
  readonly outline?: readonly OutlineEntry<TaskRow>[];
  /** Index in `outline` of each task id: then only the wanted tasks are visited. */
  readonly indexOf?: ReadonlyMap<string, number>;
  /** The tasks whose analysis alone changed (`RescheduleReport.reanalysedTaskIds`). */
  readonly reanalysedTaskIds?: ReadonlySet<string>;
}

/**
 * The given tasks of a project as they are now, in outline order (ids no longer in the project,
 * e.g. deleted ones, are skipped), from `plan` (what a reschedule reports): those whose analysis
 * alone changed by their analysis, unless `whole` names them (a task the write itself changed),
 * the others whole. A plan without an outline means no scheduler ran (none, or no tasks): the
 * rows are read and presented whole, without analysis.
 */
export async function presentChanges(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  taskIds: Iterable<string>,
  plan: PresentedPlan,
  whole?: ReadonlySet<string>,
): Promise<ScheduleChanges> {
  const wanted = new Set(taskIds);
  if (wanted.size === 0) return { rescheduled: [], reanalysed: [] };
  const reanalysed = plan.reanalysedTaskIds;
  if (plan.outline && plan.indexOf) {
    const { outline, indexOf } = plan;
    // work in proportion to the tasks wanted: a summary's progress rolls up its own subtree only
    const indexes: number[] = [];
    for (const id of wanted) {
      const index = indexOf.get(id);
      if (index !== undefined && outline[index]?.task.id === id) indexes.push(index);
    }
    indexes.sort((a, b) => a - b);
    return presentEntries(outline, indexes, reanalysed, whole, (index) => rolledUpAt(outline, index));
  }
  const outline = plan.outline ?? buildOutline(await listTasks(db, workspaceId, projectId));
  const progress = rollUpProgress(outline);
  const indexes: number[] = [];
  for (let index = 0; index < outline.length; index++) {
    if (wanted.has(outline[index].task.id)) indexes.push(index);
  }
  return presentEntries(outline, indexes, reanalysed, whole, (index) => progress.get(outline[index].task.id));
}

/**
 * A task write's answer: the written task, and every other task the reschedule changed
 * (`changedTaskIds` from `ProjectScheduler.reschedule`; those in `whole`, which the write itself
 * changed, whole).
 */
export async function presentWrite(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  taskId: string,
  changedTaskIds: readonly string[],
  plan: PresentedPlan,
  whole: readonly string[] = [],
): Promise<TaskWriteResult> {
  const { rescheduled, reanalysed } = await presentChanges(
    db,
    workspaceId,
    projectId,
    [taskId, ...changedTaskIds],
    plan,
    new Set([taskId, ...whole]),
  );
  const task = rescheduled.find((t) => t.id === taskId);
  if (!task) throw problems.notFound('task', taskId);
  return { task, rescheduled: rescheduled.filter((t) => t.id !== taskId), reanalysed };
}
