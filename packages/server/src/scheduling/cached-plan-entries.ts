import type { ScheduledTask } from '@tandem/engine';
import type { OutlineEntry } from '../tasks/task-outline';
import type { TaskRow } from '../tasks/tasks.repository';
import type { CachedPlan } from './scheduler-cache';

/**
 * `outline` (read from the database) with the analysis `previous` (the plan as last answered, when
 * held) holds for each task: what a full reschedule compares its analysis with. Without it, every
 * task's analysis counts as changed.
 */
export function carryAnalysis(
  outline: OutlineEntry<TaskRow>[],
  previous: CachedPlan | undefined,
): OutlineEntry<TaskRow>[] {
  if (!previous) return outline;
  for (let i = 0; i < outline.length; i++) {
    const index = previous.indexOf.get(outline[i].task.id);
    const analysis = index === undefined ? undefined : previous.outline[index].analysis;
    // a copy: this plan's edits update its analysis objects in place (cached-plan-edit.ts), and a
    // reader may still hold the previous plan's entries
    if (analysis) outline[i] = { ...outline[i], analysis: { ...analysis } };
  }
  return outline;
}

/** A scheduler cache entry for the plan stored under `stamp`. */
export function cachedPlan(
  stamp: string,
  scheduler: CachedPlan['scheduler'],
  outline: readonly OutlineEntry<TaskRow>[],
  scheduled: readonly ScheduledTask[],
  indexOf?: ReadonlyMap<string, number>,
): CachedPlan {
  return {
    stamp,
    scheduler,
    outline,
    scheduled,
    indexOf: indexOf ?? new Map(outline.map((entry, i) => [entry.task.id, i])),
    lent: false,
  };
}
