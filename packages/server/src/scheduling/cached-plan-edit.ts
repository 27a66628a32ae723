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
   * array, its entry replaced, unless it was lent (then a copy).
   */
  readonly outline: OutlineEntry<TaskRow>[];
  readonly result: ScheduleResult;
  /** What the moved tasks' rows must store (see scheduleChanges). */
  readonly changes: IndexedSchedule[];
  /**
   * Whether no reader holds the outline's entries (the plan was not lent): the changes are then
   * applied to its rows and analysis objects in place (applyScheduleChanges).
   */
  readonly inPlace: boolean;
}

/**
 * Feeds the task row an edit wrote (`row`, as stored) to the cached plan's scheduler, which
 * reschedules in place, and finds the rows whose stored schedule that moved. Null when the edit is
 * not one the scheduler can take in place (see incrementalPatch); the plan is then unchanged.
 * The same row gives the same outcome in every process that holds the same plan: the engine is
 * deterministic, which is what lets another process follow an edit (plan-replication.ts).
 * The plan is taken out of the cache (SchedulerCache.take) and its outline no longer read by
 * anyone who got it by peek, so it is edited in place unless lent.
 * @throws the engine's ScheduleInputError; the scheduler may then hold part of the edit.
 */
export function editCachedPlan(cached: CachedPlan, row: TaskRow): CachedPlanEdit | null {
  const patch = incrementalPatch(cached, row);
  if (!patch) return null;
  cached.scheduler.updateTask(row.id, patch);
  const index = cached.indexOf.get(row.id) as number;
  const outline = cached.lent ? cached.outline.slice() : editableOutline(cached.outline);
  outline[index] = { ...outline[index], task: taskRowCopy(row, stringsOf(outline[index].task)) };
  const result = cached.scheduler.result();
  // only tasks whose computed schedule moved can differ from their stored rows: the engine says
  // which when it rebuilt only some tasks (their objects updated in place, resultsInPlace); else
  // the plan's `scheduled`, this scheduler's previous result, is still as it was
  const moved = movedRebuiltTasks(result) ?? movedTaskIndexes(cached.scheduled, result.tasks);
  // a plan not lent is read by no one else: its analysis objects are updated in place
  const inPlace = !cached.lent;
  const changes = scheduleChanges(outline, result.tasks, moved, inPlace);
  return { outline, result, changes, inPlace };
}

/** A cached outline no reader holds, to edit in place: its kept presentation no longer holds. */
function editableOutline(outline: readonly OutlineEntry<TaskRow>[]): OutlineEntry<TaskRow>[] {
  forgetPresentedOutline(outline);
  return outline as OutlineEntry<TaskRow>[];
}
