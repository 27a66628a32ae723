import type { CreateTaskRequest, UpdateTaskRequest } from '@tandem/api';
import type { Updateable } from 'kysely';
import type { TasksTable } from '../db/database.types';
import { problems } from '../http/problem-error';
import { normalizeDateTime } from '../projects/projects.service';

type ProgressColumns = Pick<
  Updateable<TasksTable>,
  'priority' | 'actual_start' | 'actual_finish' | 'actual_duration' | 'remaining_duration'
>;

/** The stored actuals a request is checked against (all null for a new task). */
export interface StoredActuals {
  readonly actual_start: string | null;
  readonly actual_finish: string | null;
}

/**
 * Columns for the priority and progress fields a request gives (absent fields are left out), after
 * checking that the actual finish is not before the actual start, and that an actual finish comes
 * with an actual start (as Microsoft Project sets both).
 */
export function progressColumns(
  input: CreateTaskRequest | UpdateTaskRequest,
  stored: StoredActuals = { actual_start: null, actual_finish: null },
): ProgressColumns {
  const date = (value: string | null | undefined) =>
    value === undefined ? undefined : value === null ? null : normalizeDateTime(value);
  const actualStart = date(input.actualStart);
  const actualFinish = date(input.actualFinish);
  const start = actualStart === undefined ? stored.actual_start : actualStart;
  const finish = actualFinish === undefined ? stored.actual_finish : actualFinish;
  if (finish !== null && start === null) {
    throw problems.validation('actualFinish', 'needs an actualStart: a task cannot finish before it starts');
  }
  if (finish !== null && start !== null && finish < start) {
    throw problems.validation('actualFinish', `is before the actual start ${start}`);
  }
  return {
    ...(input.priority !== undefined ? { priority: input.priority } : {}),
    ...(actualStart !== undefined ? { actual_start: actualStart } : {}),
    ...(actualFinish !== undefined ? { actual_finish: actualFinish } : {}),
    ...(input.actualDuration !== undefined ? { actual_duration: input.actualDuration } : {}),
    ...(input.remainingDuration !== undefined ? { remaining_duration: input.remainingDuration } : {}),
  };
}
