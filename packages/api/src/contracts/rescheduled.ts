import { z } from 'zod';
import { versionSchema } from './common';
import { taskSchema } from './tasks';

/**
 * Every task (leaf or summary) whose schedule a write changed by rescheduling, in outline order:
 * start, finish or duration, and also the analysis the Gantt draws (critical, total and free
 * slack, late start and finish), so a client can merge the list and redraw the critical path and
 * slack bars without a refetch. The written task itself is left out when the answer carries it.
 */
export const rescheduledSchema = z.array(taskSchema);

/** The answer of a task write: the task as stored, and what the reschedule moved. */
export const taskWriteResultSchema = z.object({ task: taskSchema, rescheduled: rescheduledSchema });
export type TaskWriteResult = z.infer<typeof taskWriteResultSchema>;

/** The answer of a delete that can move dates (200, not 204: the moved tasks are the body). */
export const rescheduleResultSchema = z.object({ rescheduled: rescheduledSchema });
export type RescheduleResult = z.infer<typeof rescheduleResultSchema>;

/**
 * The query of a DELETE under optimistic concurrency: `?version=` is the version last read. It is
 * optional (a delete without it always applies); given and stale, the delete answers 409 with the
 * current object in the problem's `current` member and deletes nothing.
 */
export const deleteQuerySchema = z.strictObject({
  version: z.coerce.number({ message: 'must be a whole number' }).pipe(versionSchema).optional(),
});
export type DeleteQuery = z.input<typeof deleteQuerySchema>;
