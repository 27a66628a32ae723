import { z } from 'zod';
import { idSchema, listOf, textInput, utcTimestampSchema, versionSchema } from './common';
import { calendarDateSchema } from './costs';

const measure = z.number().finite().min(-1e12).max(1e12);
const confidence = z
  .number()
  .min(0, { message: 'must be between 0 and 1' })
  .max(1, { message: 'must be between 0 and 1' });

/** A key result: progress = (current − baseline) / (target − baseline), clamped to 0..1. */
export const keyResultSchema = z.object({
  id: idSchema,
  metric: z.string(),
  baseline: z.number(),
  target: z.number(),
  current: z.number(),
  /** 0 to 1: how sure the owner is the target will be met. */
  confidence: z.number(),
  progress: z.number(),
});
export type KeyResult = z.infer<typeof keyResultSchema>;

/** An objective with its key results; `progress` is their mean (null without key results). */
export const goalSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  title: z.string(),
  description: z.string(),
  ownerId: idSchema.nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  keyResults: z.array(keyResultSchema),
  progress: z.number().nullable(),
  /** Features serving the objective. */
  featureIds: z.array(idSchema),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Goal = z.infer<typeof goalSchema>;
export const goalListSchema = listOf(goalSchema);

const keyResultInputSchema = z.strictObject({
  /** An existing key result of the objective to keep (and change); absent for a new one. */
  id: idSchema.optional(),
  metric: textInput(300, { required: true }),
  baseline: measure,
  target: measure,
  /** Defaults to the baseline. */
  current: measure.optional(),
  /** Defaults to 0.5. */
  confidence: confidence.optional(),
});
export type KeyResultInput = z.input<typeof keyResultInputSchema>;

const goalFields = {
  description: textInput(10_000).optional(),
  ownerId: idSchema.nullable().optional(),
  periodStart: calendarDateSchema.nullable().optional(),
  periodEnd: calendarDateSchema.nullable().optional(),
  /** Replaces the key results: listed ids are kept, new ones added, missing ones (and their check-ins) removed. */
  keyResults: z.array(keyResultInputSchema).max(50).optional(),
};
export const createGoalRequestSchema = z.strictObject({
  title: textInput(300, { required: true }),
  ...goalFields,
});
export type CreateGoalRequest = z.input<typeof createGoalRequestSchema>;
export const updateGoalRequestSchema = z.strictObject({
  title: textInput(300, { required: true }).optional(),
  ...goalFields,
  version: versionSchema,
});
export type UpdateGoalRequest = z.input<typeof updateGoalRequestSchema>;
export const goalParamsSchema = z.strictObject({ goalId: idSchema });
export const keyResultParamsSchema = z.strictObject({ keyResultId: idSchema });

/** A dated reading of a key result; the latest-dated one sets its current value and confidence. */
export const checkInSchema = z.object({
  id: idSchema,
  keyResultId: idSchema,
  date: calendarDateSchema,
  value: z.number(),
  confidence: z.number(),
  note: z.string(),
  createdBy: idSchema.nullable(),
  createdAt: utcTimestampSchema,
});
export type CheckIn = z.infer<typeof checkInSchema>;
export const checkInListSchema = listOf(checkInSchema);
export const createCheckInRequestSchema = z.strictObject({
  date: calendarDateSchema,
  value: measure,
  confidence,
  note: textInput(5_000).optional(),
});
export type CreateCheckInRequest = z.input<typeof createCheckInRequestSchema>;
/** The check-in and the objective as it now stands. */
export const checkInResultSchema = z.object({ checkIn: checkInSchema, goal: goalSchema });
