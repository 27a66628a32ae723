import { problemTypes } from '@tandem/api';
import { CalendarError, ScheduleInputError } from '@tandem/engine';
import { ProblemError } from '../http/problem-error';

/**
 * The 409 problem for an engine error that makes a plan unschedulable (a bad calendar, a loop, a
 * missing task); any other error comes back unchanged, to be rethrown as it is.
 */
export function toScheduleProblem(error: unknown): unknown {
  if (error instanceof CalendarError) {
    return new ProblemError({
      status: 409,
      type: problemTypes.scheduling,
      title: 'The plan cannot be scheduled',
      detail: `calendar: ${error.message}`,
      errors: [{ field: 'calendarId', message: error.message }],
    });
  }
  if (error instanceof ScheduleInputError) {
    return new ProblemError({
      status: 409,
      type: problemTypes.scheduling,
      title: 'The plan cannot be scheduled',
      detail: error.message,
      errors: error.taskIds.map((id) => ({ field: 'taskId', message: `${id}: ${error.code}` })),
    });
  }
  return error;
}
