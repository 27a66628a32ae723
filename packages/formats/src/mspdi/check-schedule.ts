import type { DateTime, ScheduleResult } from '@tandem/engine';
import type { MspdiDocument } from './mspdi-document.types';

export interface ScheduleMismatch {
  /** The task's MSPDI UID. */
  readonly uid: string;
  readonly name: string;
  readonly field: 'start' | 'finish';
  /** What the file stores (Microsoft Project's result). */
  readonly expected: DateTime;
  /** What Tandem computed. */
  readonly actual: DateTime;
}

export interface ScheduleCheck {
  /** Tasks compared: not summaries, not manually scheduled, with a stored Start and Finish. */
  readonly tasks: number;
  /** Of those, tasks whose start and finish both equal the stored ones (to the minute). */
  readonly matched: number;
  readonly mismatches: readonly ScheduleMismatch[];
}

/**
 * Compares a schedule computed from a file's inputs with the dates the file stores, task by task.
 * Summary tasks (roll-ups) and manually scheduled tasks (dates typed in, not computed) are left out.
 */
export function checkAgainstStored(document: MspdiDocument, result: ScheduleResult): ScheduleCheck {
  const computed = new Map(result.tasks.map((task) => [task.id, task]));
  let tasks = 0;
  let matched = 0;
  const mismatches: ScheduleMismatch[] = [];
  for (const task of document.project.tasks) {
    const stored = document.stored.get(task.id);
    const actual = computed.get(task.id);
    if (!stored || !actual || stored.summary || stored.manual || task.manual) continue;
    if (stored.start === undefined || stored.finish === undefined) continue;
    tasks++;
    const before = mismatches.length;
    if (stored.start !== actual.start) {
      mismatches.push({
        uid: task.id,
        name: task.name,
        field: 'start',
        expected: stored.start,
        actual: actual.start,
      });
    }
    if (stored.finish !== actual.finish) {
      mismatches.push({
        uid: task.id,
        name: task.name,
        field: 'finish',
        expected: stored.finish,
        actual: actual.finish,
      });
    }
    if (mismatches.length === before) matched++;
  }
  return { tasks, matched, mismatches };
}
