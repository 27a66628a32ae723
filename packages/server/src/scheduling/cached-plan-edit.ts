import type { ScheduleResult } from '@tandem/engine';
import { forgetPresentedOutline } from '../tasks/presented-task-cache';
import type { OutlineEntry } from '../tasks/task-outline';
import { stringsOf, taskRowCopy } from '../tasks/task-row-copy';
import type { TaskRow } from '../tasks/tasks.repository';
import { incrementalPatch } from './incremental-edit';
import {
  type IndexedSchedule,
  movedRebuiltTasks,
  movedTaskIndexes,
  scheduleChanges,
} from './schedule-writes';
import type { CachedPlan } from './scheduler-cache';

/** A cached plan after a one-task edit: its outline, the schedule, and the rows to store. */
export interface CachedPlanEdit {
  /**
   * The plan's outline holding the written row (the schedule changes not yet applied): the same
   * array, its entry replaced, unless it was lent (then a copy of the array, its entries, rows
   * and analysis objects, which the lent reader keeps as they were).
   */
  readonly outline: OutlineEntry<TaskRow>[];
  readonly result: ScheduleResult;
  /**
   * What the moved tasks' rows must store (see scheduleChanges); the analysis objects it names are
   * the outline's own, updated in place, as the moved rows are by applyScheduleChanges(…, true).
   */
  readonly changes: IndexedSchedule[];
}

/**
 * Feeds the task row an edit wrote (`row`, as stored) to the cached plan's scheduler, which
 * reschedules in place, and finds the rows whose stored schedule that moved. Null when the edit is
 * not one the scheduler can take in place (see incrementalPatch); the plan is then unchanged.
 * The same row gives the same outcome in every process that holds the same plan: the engine is
 * deterministic, which is what lets another process follow an edit (plan-replication.ts).
 * The plan is taken out of the cache (SchedulerCache.take) and its outline no longer read by
 * anyone who got it by peek, so it is edited in place, entries, rows and analysis objects
 * included; a lent plan is copied whole first (lent plans are rare: reads that miss the cache or
 * wait for another process's edit), so no reader ever holds an object an edit changes.
 * @throws the engine's ScheduleInputError; the scheduler may then hold part of the edit.
 */
export function editCachedPlan(cached: CachedPlan, row: TaskRow): CachedPlanEdit | null {
  const patch = incrementalPatch(cached, row);
  if (!patch) return null;
  cached.scheduler.updateTask(row.id, patch);
  const index = cached.indexOf.get(row.id) as number;
  const outline = cached.lent ? outlineCopy(cached.outline) : editableOutline(cached.outline);
  outline[index] = { ...outline[index], task: taskRowCopy(row, stringsOf(outline[index].task)) };
  const result = cached.scheduler.result();
  // only tasks whose computed schedule moved can differ from their stored rows: the engine says
  // which when it rebuilt only some tasks (their objects updated in place, resultsInPlace); else
  // the plan's `scheduled`, this scheduler's previous result, is still as it was
  const moved = movedRebuiltTasks(result) ?? movedTaskIndexes(cached.scheduled, result.tasks);
  const changes = scheduleChanges(outline, result.tasks, moved, true);
  return { outline, result, changes };
}

/** A cached outline no reader holds, to edit in place: its kept presentation no longer holds. */
function editableOutline(outline: readonly OutlineEntry<TaskRow>[]): OutlineEntry<TaskRow>[] {
  forgetPresentedOutline(outline);
  return outline as OutlineEntry<TaskRow>[];
}

/** A lent outline's copy that shares no entry, row or analysis object with it (strings aside). */
function outlineCopy(outline: readonly OutlineEntry<TaskRow>[]): OutlineEntry<TaskRow>[] {
  return outline.map((entry) => ({
    task: taskRowCopy(entry.task),
    level: entry.level,
    wbs: entry.wbs,
    summary: entry.summary,
    analysis: entry.analysis && { ...entry.analysis },
  }));
}
