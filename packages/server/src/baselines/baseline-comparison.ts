import type { BaselineComparisonItem } from '@tandem/api';
import { parseDateTime, type WorkingCalendar } from '@tandem/engine';
import type { OutlineEntry } from '../tasks/task-outline';
import type { TaskRow } from '../tasks/tasks.repository';
import type { BaselineRow } from './baselines.repository';

/**
 * Each task against its baseline, in outline order. Start and finish variances are the working
 * minutes of `calendar` (the project calendar, as Microsoft Project measures them) from the
 * baseline date to the current one: positive = later. Duration variance is current − baseline in
 * working minutes. A task slipped when it finishes later than its baseline finish.
 */
export function compareWithBaseline(
  outline: readonly OutlineEntry<TaskRow>[],
  baseline: ReadonlyMap<string, BaselineRow>,
  calendar: WorkingCalendar,
): BaselineComparisonItem[] {
  return outline.map(({ task, wbs, summary }) => {
    const saved = baseline.get(task.id);
    const current = { start: task.start, finish: task.finish, duration: task.duration };
    if (!saved) {
      return {
        taskId: task.id,
        name: task.name,
        wbs,
        summary,
        baseline: null,
        current,
        variance: null,
        slipped: false,
      };
    }
    const variance = {
      start: signedWorking(calendar, saved.start, task.start),
      finish: signedWorking(calendar, saved.finish, task.finish),
      duration: task.duration - saved.duration,
    };
    return {
      taskId: task.id,
      name: task.name,
      wbs,
      summary,
      baseline: { start: saved.start, finish: saved.finish, duration: saved.duration },
      current,
      variance,
      slipped: variance.finish > 0,
    };
  });
}

/** Working minutes from `from` to `to` (floating ISO), negative when `to` is earlier. */
function signedWorking(calendar: WorkingCalendar, from: string, to: string): number {
  return calendar.workingBetween(parseDateTime(from), parseDateTime(to));
}
