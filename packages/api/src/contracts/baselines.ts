import { z } from 'zod';
import { floatingDateTimeSchema, idSchema, utcTimestampSchema } from './common';

/** Baseline number: 0 is Microsoft Project's "Baseline", 1–10 are "Baseline1" … "Baseline10". */
export const baselineNumberSchema = z
  .number({ message: 'must be a whole number 0–10' })
  .int({ message: 'must be a whole number 0–10' })
  .min(0, { message: 'must be 0–10' })
  .max(10, { message: 'must be 0–10' });

/** Path parameters of one baseline of a project (`number` arrives as text). */
export const baselineParamsSchema = z.strictObject({
  projectId: idSchema,
  number: z.coerce.number({ message: 'must be a whole number 0–10' }).pipe(baselineNumberSchema),
});
export type BaselineParams = z.input<typeof baselineParamsSchema>;

/** Save the current schedule as baseline `number`, for every task or only `taskIds`. */
export const setBaselineRequestSchema = z.strictObject({
  number: baselineNumberSchema,
  /** Omitted = every task of the project; else these tasks only (other tasks keep what they had). */
  taskIds: z.array(idSchema).min(1).max(100_000).optional(),
});
export type SetBaselineRequest = z.input<typeof setBaselineRequestSchema>;

/** One saved baseline of a project. */
export const baselineSummarySchema = z.object({
  number: baselineNumberSchema,
  /** Tasks holding this baseline. */
  taskCount: z.number().int().min(0),
  /** When it was last saved (for any of its tasks). */
  savedAt: utcTimestampSchema,
});
export type BaselineSummary = z.infer<typeof baselineSummarySchema>;

export const baselineListSchema = z.object({ items: z.array(baselineSummarySchema) });
export type BaselineList = z.infer<typeof baselineListSchema>;

const datesSchema = z.object({
  start: floatingDateTimeSchema,
  finish: floatingDateTimeSchema,
  /** Working minutes. */
  duration: z.number().int(),
});

/** One task against a baseline. Variances are current − baseline in working minutes of the project calendar. */
export const baselineComparisonItemSchema = z.object({
  taskId: idSchema,
  name: z.string(),
  wbs: z.string(),
  summary: z.boolean(),
  /** Null when the task has no such baseline (added after it was saved). */
  baseline: datesSchema.nullable(),
  current: datesSchema,
  variance: z
    .object({
      start: z.number().int(),
      finish: z.number().int(),
      duration: z.number().int(),
    })
    .nullable(),
  /** The task finishes later than its baseline finish (finish variance > 0). */
  slipped: z.boolean(),
});
export type BaselineComparisonItem = z.infer<typeof baselineComparisonItemSchema>;

/** Every task of the project in outline order, compared with baseline `number`. */
export const baselineComparisonSchema = z.object({
  number: baselineNumberSchema,
  items: z.array(baselineComparisonItemSchema),
});
export type BaselineComparison = z.infer<typeof baselineComparisonSchema>;
