import { z } from 'zod';
import { versionSchema } from './common';
import { taskSchema } from './tasks';

/**
 * Every task (leaf or summary) whose dates a write moved by rescheduling (start, finish or
 * duration), in outline order, whole. The written task itself is left out when the answer
 * carries it. Tasks whose dates held but whose analysis changed are in `reanalysed`.
 */
export const rescheduledSchema = z.array(taskSchema);

/** What the engine derives about a task besides its dates, with the task's id. */
export const taskAnalysisSchema = taskSchema.pick({
  id: true,
  critical: true,
  totalSlack: true,
  freeSlack: true,
  lateStart: true,
  lateFinish: true,
});
export type TaskAnalysis = z.infer<typeof taskAnalysisSchema>;

/**
 * Every other task whose analysis the reschedule changed (critical, total and free slack, late
 * start and finish) while its dates held, in outline order: so a client can merge both lists and
 * redraw the critical path and slack bars without a refetch. Empty for a task write that changes
 * the outline (create, move, indent, outdent, delete): its changed tasks are all whole, since
 * their outline numbers, summary flags or rolled-up progress may have changed too. When a write moves the project
 * finish every task's late dates move with it, and this keeps that answer a fifth of the size of
 * whole tasks.
 */
export const reanalysedSchema = z.array(taskAnalysisSchema);

/** The tasks a reschedule changed: moved ones whole, the others' analysis. */
export const scheduleChangesShape = { rescheduled: rescheduledSchema, reanalysed: reanalysedSchema };
export type ScheduleChanges = z.infer<z.ZodObject<typeof scheduleChangesShape>>;

/** The answer of a task write: the task as stored, and what the reschedule changed. */
export const taskWriteResultSchema = z.object({ task: taskSchema, ...scheduleChangesShape });
export type TaskWriteResult = z.infer<typeof taskWriteResultSchema>;

/** The answer of a delete that can move dates (200, not 204: the changed tasks are the body). */
export const rescheduleResultSchema = z.object(scheduleChangesShape);
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
