import { z } from 'zod';
import {
  floatingDateTimeSchema,
  idSchema,
  listOf,
  textInput,
  utcTimestampSchema,
  versionSchema,
} from './common';

/** The unit a duration was entered in (engine `DurationUnit`); `e*` units are elapsed time. */
export const durationUnitSchema = z.enum(['m', 'h', 'd', 'w', 'mo', 'em', 'eh', 'ed', 'ew', 'emo']);
export type DurationUnitInput = z.infer<typeof durationUnitSchema>;

export const constraintTypeSchema = z.enum(['ASAP', 'ALAP', 'MSO', 'MFO', 'SNET', 'SNLT', 'FNET', 'FNLT']);
export type ConstraintTypeInput = z.infer<typeof constraintTypeSchema>;

/** Task priority, 0–1000. */
const prioritySchema = z
  .number()
  .int({ message: 'must be a whole number' })
  .min(0, { message: 'must be at least 0' })
  .max(1000, { message: 'must be at most 1000' });

/** Working minutes of progress (actual or remaining duration). */
const progressMinutesSchema = z
  .number()
  .int({ message: 'must be a whole number of minutes' })
  .min(0)
  .max(5_256_000);

/** Working minutes (elapsed minutes for `e*` units); 10 years of 24-hour days at most. */
const durationSchema = z.number().int({ message: 'must be a whole number of minutes' }).min(0).max(5_256_000);

export const taskSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  /** Parent summary task, or null at the top level. */
  parentId: idSchema.nullable(),
  /** Position among siblings, 0-based and dense. */
  position: z.number().int().min(0),
  /** Depth in the outline: 1 for top-level tasks. */
  outlineLevel: z.number().int().min(1),
  /** Outline number derived from the positions ("1.2.3"). */
  wbs: z.string(),
  name: z.string(),
  /** Working minutes (elapsed minutes when `durationUnit` is elapsed); a summary's is its span. */
  duration: z.number().int().min(0),
  durationUnit: durationUnitSchema,
  /** Scheduled start and finish (floating), computed by the scheduling engine. */
  start: floatingDateTimeSchema,
  finish: floatingDateTimeSchema,
  milestone: z.boolean(),
  /** True when the task has children. */
  summary: z.boolean(),
  /** 0–100; a summary's is rolled up from its subtasks, weighted by duration. */
  percentComplete: z.number().min(0).max(100),
  constraintType: constraintTypeSchema,
  constraintDate: floatingDateTimeSchema.nullable(),
  deadline: floatingDateTimeSchema.nullable(),
  notes: z.string(),
  /** 0–1000 (Microsoft Project's default 500; 1000 = never delay when levelling). */
  priority: prioritySchema,
  /** Progress actuals: floating dates, and working minutes done / left (null = derived). */
  actualStart: floatingDateTimeSchema.nullable(),
  actualFinish: floatingDateTimeSchema.nullable(),
  actualDuration: z.number().int().min(0).nullable(),
  remainingDuration: z.number().int().min(0).nullable(),
  /** Schedule analysis of the last reschedule: on the critical path (total slack ≤ 0). */
  critical: z.boolean(),
  /** Working minutes the task can slip without moving the project finish (negative = late). */
  totalSlack: z.number().int(),
  /** Working minutes the task can slip without moving any successor. */
  freeSlack: z.number().int(),
  /** Latest start and finish that keep the project finish (floating). */
  lateStart: floatingDateTimeSchema,
  lateFinish: floatingDateTimeSchema,
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Task = z.infer<typeof taskSchema>;

/**
 * A project's tasks in outline order (depth-first, siblings by position): all of them, or with
 * `limit` one page of them and the cursor of the next page (null after the last).
 */
export const taskListSchema = listOf(taskSchema).extend({
  /** Present when the request pages (`limit` or `cursor`): the next page's `cursor`; null at the end. */
  nextCursor: z.string().nullable().optional(),
});
export type TaskList = z.infer<typeof taskListSchema>;

/** The most tasks one page holds. */
export const MAX_TASK_PAGE = 1000;

/** Optional paging of a project's task list; without `limit` every task comes in one answer. */
export const taskListQuerySchema = z.strictObject({
  /** Tasks per page, 1–1000. */
  limit: z.coerce
    .number({ message: 'must be a whole number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(MAX_TASK_PAGE, { message: `must be at most ${MAX_TASK_PAGE}` })
    .optional(),
  /** The previous page's `nextCursor` (opaque); omitted for the first page. */
  cursor: z.string().min(1).max(200).optional(),
});
export type TaskListQuery = z.input<typeof taskListQuerySchema>;

const taskNameSchema = textInput(500, { required: true });

export const createTaskRequestSchema = z.strictObject({
  name: taskNameSchema,
  duration: durationSchema,
  durationUnit: durationUnitSchema.optional(),
  /** Parent summary task; omitted or null = top level. */
  parentId: idSchema.nullable().optional(),
  /** Insert right after this sibling (which sets the parent); null = first; omitted = last. */
  afterTaskId: idSchema.nullable().optional(),
  milestone: z.boolean().optional(),
  percentComplete: z.number().min(0).max(100).optional(),
  constraintType: constraintTypeSchema.optional(),
  constraintDate: floatingDateTimeSchema.nullable().optional(),
  deadline: floatingDateTimeSchema.nullable().optional(),
  notes: textInput(100_000).optional(),
  priority: prioritySchema.optional(),
  actualStart: floatingDateTimeSchema.nullable().optional(),
  actualFinish: floatingDateTimeSchema.nullable().optional(),
  actualDuration: progressMinutesSchema.nullable().optional(),
  remainingDuration: progressMinutesSchema.nullable().optional(),
});
export type CreateTaskRequest = z.input<typeof createTaskRequestSchema>;

/**
 * Partial update; `version` must be the version last read (stale → 409 with the current task in
 * the problem's `current` member). Giving `parentId` and/or `afterTaskId` moves the task.
 */
export const updateTaskRequestSchema = z.strictObject({
  version: versionSchema,
  name: taskNameSchema.optional(),
  duration: durationSchema.optional(),
  durationUnit: durationUnitSchema.optional(),
  parentId: idSchema.nullable().optional(),
  afterTaskId: idSchema.nullable().optional(),
  milestone: z.boolean().optional(),
  percentComplete: z.number().min(0).max(100).optional(),
  constraintType: constraintTypeSchema.optional(),
  constraintDate: floatingDateTimeSchema.nullable().optional(),
  deadline: floatingDateTimeSchema.nullable().optional(),
  notes: textInput(100_000).optional(),
  priority: prioritySchema.optional(),
  actualStart: floatingDateTimeSchema.nullable().optional(),
  actualFinish: floatingDateTimeSchema.nullable().optional(),
  actualDuration: progressMinutesSchema.nullable().optional(),
  remainingDuration: progressMinutesSchema.nullable().optional(),
});
export type UpdateTaskRequest = z.input<typeof updateTaskRequestSchema>;

/** Indent or outdent: the `version` of the task last read (stale → 409 with the current task). */
export const outlineMoveRequestSchema = z.strictObject({ version: versionSchema });
export type OutlineMoveRequest = z.input<typeof outlineMoveRequestSchema>;

export const taskParamsSchema = z.strictObject({ taskId: idSchema });
export type TaskParams = z.infer<typeof taskParamsSchema>;
