import { z } from 'zod';
import { idSchema, listOf, utcTimestampSchema, versionSchema } from './common';
import { scheduleChangesShape } from './rescheduled';

/** Assignment units in percent (100 = full time); a material resource's units are its quantity per task. */
const assignmentUnitsSchema = z
  .number({ message: 'must be a number of percent' })
  .min(0, { message: 'must not be negative' })
  .max(60_000_000);

/** Work in minutes (work resources), or the quantity consumed (material resources). */
const assignmentWorkSchema = z
  .number({ message: 'must be a number' })
  .min(0, { message: 'must not be negative' })
  .max(1_000_000_000);

export const assignmentSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  taskId: idSchema,
  resourceId: idSchema,
  units: z.number(),
  /** Minutes of work (work resources) or quantity (material resources); 0 for cost resources. */
  work: z.number(),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const assignmentListSchema = listOf(assignmentSchema);
export type AssignmentList = z.infer<typeof assignmentListSchema>;

/** Filters of the project's assignment list. */
export const assignmentListQuerySchema = z.strictObject({
  taskId: idSchema.optional(),
  resourceId: idSchema.optional(),
});
export type AssignmentListQuery = z.input<typeof assignmentListQuerySchema>;

/**
 * Assign a resource to a leaf task. Units default to 100 %. Work defaults to duration × units (the
 * task keeps its duration); giving work makes the task work-driven as a fixed-units task in
 * Microsoft Project: its duration becomes its longest assignment's work ÷ units.
 */
export const createAssignmentRequestSchema = z.strictObject({
  taskId: idSchema,
  resourceId: idSchema,
  units: assignmentUnitsSchema.optional(),
  work: assignmentWorkSchema.optional(),
});
export type CreateAssignmentRequest = z.input<typeof createAssignmentRequestSchema>;

/**
 * Partial update; `version` must be the version last read (stale → 409 with the current
 * assignment). As for a fixed-units task, new work or units recalculate the task's duration.
 */
export const updateAssignmentRequestSchema = z.strictObject({
  version: versionSchema,
  units: assignmentUnitsSchema.optional(),
  work: assignmentWorkSchema.optional(),
});
export type UpdateAssignmentRequest = z.input<typeof updateAssignmentRequestSchema>;

/** The answer of an assignment write: the assignment as stored and every task the reschedule moved. */
export const assignmentWriteResultSchema = z.object({
  assignment: assignmentSchema,
  ...scheduleChangesShape,
});
export type AssignmentWriteResult = z.infer<typeof assignmentWriteResultSchema>;

export const assignmentParamsSchema = z.strictObject({ assignmentId: idSchema });
export type AssignmentParams = z.infer<typeof assignmentParamsSchema>;
