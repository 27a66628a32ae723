import { z } from 'zod';
import { idSchema, listOf, utcTimestampSchema, versionSchema } from './common';
import { scheduleChangesShape } from './rescheduled';
import { durationUnitSchema } from './tasks';

export const linkTypeSchema = z.enum(['FS', 'SS', 'FF', 'SF']);
export type LinkTypeInput = z.infer<typeof linkTypeSchema>;

/**
 * The unit a lag was entered in: a duration unit, or `%` / `e%` (percent of the predecessor's
 * duration, in working or elapsed time, as Microsoft Project's "50%" lag).
 */
export const lagUnitSchema = z.enum([...durationUnitSchema.options, '%', 'e%']);
export type LagUnitInput = z.infer<typeof lagUnitSchema>;

/**
 * Lag: working minutes (elapsed minutes for `e*` units, percent for `%`/`e%`); negative is a
 * lead. At most 10 years of 24-hour days either way.
 */
const lagSchema = z.number().int({ message: 'must be a whole number' }).min(-5_256_000).max(5_256_000);

export const linkSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  predecessorId: idSchema,
  successorId: idSchema,
  type: linkTypeSchema,
  lag: z.number().int(),
  lagUnit: lagUnitSchema,
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Link = z.infer<typeof linkSchema>;

export const linkListSchema = listOf(linkSchema);
export type LinkList = z.infer<typeof linkListSchema>;

/**
 * A dependency between two tasks of the project. Refused: a task linked to itself (400), a second
 * link between the same two tasks (409), a task of another project (400) or workspace (404), and a
 * link that closes a loop (409 naming the tasks on it). `lagUnit` defaults to `d` (days).
 */
export const createLinkRequestSchema = z.strictObject({
  predecessorId: idSchema,
  successorId: idSchema,
  type: linkTypeSchema,
  lag: lagSchema,
  lagUnit: lagUnitSchema.optional(),
});
export type CreateLinkRequest = z.input<typeof createLinkRequestSchema>;

/** Partial update of type and lag (re-point a link by deleting it and creating another). */
export const updateLinkRequestSchema = z.strictObject({
  version: versionSchema,
  type: linkTypeSchema.optional(),
  lag: lagSchema.optional(),
  lagUnit: lagUnitSchema.optional(),
});
export type UpdateLinkRequest = z.input<typeof updateLinkRequestSchema>;

/** A link write's answer: the link, and every task the reschedule moved. */
export const linkWriteResultSchema = z.object({ link: linkSchema, ...scheduleChangesShape });
export type LinkWriteResult = z.infer<typeof linkWriteResultSchema>;

export const linkParamsSchema = z.strictObject({ linkId: idSchema });
export type LinkParams = z.infer<typeof linkParamsSchema>;
