import { z } from 'zod';
import { idSchema, listOf, textInput, utcTimestampSchema, versionSchema } from './common';
import { featureSchema } from './features';

export const feedbackImportanceSchema = z.enum(['low', 'medium', 'high', 'critical']);
export const feedbackStatusSchema = z.enum(['new', 'triaged', 'archived']);

/** A piece of customer feedback; once triaged it is evidence for one feature. */
export const feedbackItemSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  text: z.string(),
  source: z.string(),
  customer: z.string(),
  company: z.string(),
  segment: z.string(),
  importance: feedbackImportanceSchema,
  tags: z.array(z.string()),
  status: feedbackStatusSchema,
  featureId: idSchema.nullable(),
  createdBy: idSchema.nullable(),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type FeedbackItem = z.infer<typeof feedbackItemSchema>;
export const feedbackListSchema = listOf(feedbackItemSchema);

const fields = {
  source: textInput(100).optional(),
  customer: textInput(300).optional(),
  company: textInput(300).optional(),
  segment: textInput(100).optional(),
  importance: feedbackImportanceSchema.optional(),
  tags: z
    .array(textInput(50, { required: true }))
    .max(50)
    .optional(),
};

/** Capture feedback (the form and the API); `featureId` triages it at once. */
export const createFeedbackRequestSchema = z.strictObject({
  text: textInput(20_000, { required: true }),
  ...fields,
  featureId: idSchema.nullable().optional(),
});
export type CreateFeedbackRequest = z.input<typeof createFeedbackRequestSchema>;

/** Triage: link to a feature (status becomes triaged), unlink (back to new), archive, or edit. */
export const updateFeedbackRequestSchema = z.strictObject({
  version: versionSchema,
  text: textInput(20_000, { required: true }).optional(),
  ...fields,
  status: feedbackStatusSchema.optional(),
  featureId: idSchema.nullable().optional(),
});
export type UpdateFeedbackRequest = z.input<typeof updateFeedbackRequestSchema>;

/**
 * CSV import: a header row naming the columns (`text` required; `source`, `customer`, `company`,
 * `segment`, `importance`, `tags` separated by `;`), one item per row. All or nothing: one bad row
 * refuses the file with its line and column.
 */
export const importFeedbackRequestSchema = z.strictObject({
  csv: z.string().min(1, { message: 'must not be empty' }).max(900_000),
  fileName: textInput(255).optional(),
});
export const importFeedbackResultSchema = z.object({
  imported: z.number().int(),
  items: z.array(feedbackItemSchema),
});

/** Turn a feedback item into a new idea linked to it. */
export const createIdeaFromFeedbackRequestSchema = z.strictObject({
  version: versionSchema,
  /** Default: the first line of the feedback, shortened. */
  title: textInput(300, { required: true }).optional(),
});
export const ideaFromFeedbackResultSchema = z.object({ feature: featureSchema, item: feedbackItemSchema });

export const feedbackQuerySchema = z.strictObject({
  status: feedbackStatusSchema.optional(),
  featureId: idSchema.optional(),
});
export const feedbackParamsSchema = z.strictObject({ itemId: idSchema });

/** A feature's evidence: how many items, from which customers and segments, and the quotes. */
export const featureEvidenceSchema = z.object({
  featureId: idSchema,
  count: z.number().int(),
  customers: z.array(z.object({ name: z.string(), company: z.string(), count: z.number().int() })),
  segments: z.array(z.object({ name: z.string(), count: z.number().int() })),
  quotes: z.array(feedbackItemSchema),
});
export type FeatureEvidence = z.infer<typeof featureEvidenceSchema>;
