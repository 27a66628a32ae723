import type { ProjectSettings } from '../model/project.types';
import type { ScheduledTask } from '../model/schedule.types';
import { scheduledTask, type WritableScheduledTask } from './build-result';
import type { Network } from './network.types';
import type { ScheduleState } from './schedule-state';

/**
 * Where refreshScheduledTask computes a task's values: one object for the process, so a refresh
 * allocates nothing (V8 decides per allocation site whether objects start in the old generation,
 * and scheduledTask's new objects mostly live long).
 */
let scratch: WritableScheduledTask | null = null;

/**
 * Recomputes task t into `held`, the object a result already holds for it, and says whether any
 * of its values changed. An incremental scheduler whose results share one task list updates the
 * objects in place: under a stream of edits, new objects for the tasks they touch would all
 * outlive the young generation (the list keeps them) and have the old one collect them later.
 */
export function refreshScheduledTask(
  net: Network,
  st: ScheduleState,
  settings: ProjectSettings,
  t: number,
  held: ScheduledTask,
): boolean {
  scratch ??= { ...held };
  const fresh = scheduledTask(net, st, settings, t, scratch);
  const task = held as WritableScheduledTask;
  let changed = false;
  if (task.start !== fresh.start) {
    task.start = fresh.start;
    changed = true;
  }
  if (task.finish !== fresh.finish) {
    task.finish = fresh.finish;
    changed = true;
  }
  if (task.earlyStart !== fresh.earlyStart) {
    task.earlyStart = fresh.earlyStart;
    changed = true;
  }
  if (task.earlyFinish !== fresh.earlyFinish) {
    task.earlyFinish = fresh.earlyFinish;
    changed = true;
  }
  if (task.lateStart !== fresh.lateStart) {
    task.lateStart = fresh.lateStart;
    changed = true;
  }
  if (task.lateFinish !== fresh.lateFinish) {
    task.lateFinish = fresh.lateFinish;
    changed = true;
  }
  if (task.totalSlack !== fresh.totalSlack) {
    task.totalSlack = fresh.totalSlack;
    changed = true;
  }
  if (task.freeSlack !== fresh.freeSlack) {
    task.freeSlack = fresh.freeSlack;
    changed = true;
  }
  if (task.critical !== fresh.critical) {
    task.critical = fresh.critical;
    changed = true;
  }
  if (task.nearCritical !== fresh.nearCritical) {
    task.nearCritical = fresh.nearCritical;
    changed = true;
  }
  if (task.summary !== fresh.summary) {
    task.summary = fresh.summary;
    changed = true;
  }
  if (task.duration !== fresh.duration) {
    task.duration = fresh.duration;
    changed = true;
  }
  if (task.missedDeadline !== fresh.missedDeadline) {
    task.missedDeadline = fresh.missedDeadline;
    changed = true;
  }
  if (task.id !== fresh.id) {
    task.id = fresh.id;
    changed = true;
  }
  return changed;
}
