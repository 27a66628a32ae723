import { z } from 'zod';
import { idSchema, listOf, textInput, utcTimestampSchema, versionSchema } from './common';
import { calendarDateSchema } from './costs';

/** Where a product is in its life. */
export const lifecycleStageSchema = z.enum(['discovery', 'introduction', 'growth', 'maturity', 'decline']);
export type LifecycleStage = z.infer<typeof lifecycleStageSchema>;

export const personaSchema = z.object({ name: z.string(), description: z.string() });
const personaInputSchema = z.strictObject({
  name: textInput(200, { required: true }),
  description: textInput(5_000).optional(),
});

/** A product: its vision and strategy, who it is for, and its lifecycle stage with the dated history. */
export const productSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  name: z.string(),
  vision: z.string(),
  strategy: z.string(),
  targetCustomers: z.string(),
  personas: z.array(personaSchema),
  lifecycleStage: lifecycleStageSchema,
  /** Every stage the product has been in, oldest first, with the date it entered it. */
  stageHistory: z.array(
    z.object({ stage: lifecycleStageSchema, date: calendarDateSchema, changedBy: idSchema.nullable() }),
  ),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Product = z.infer<typeof productSchema>;
export const productListSchema = listOf(productSchema);

const productFields = {
  vision: textInput(10_000).optional(),
  strategy: textInput(20_000).optional(),
  targetCustomers: textInput(10_000).optional(),
  personas: z.array(personaInputSchema).max(50).optional(),
  lifecycleStage: lifecycleStageSchema.optional(),
  /** The date of a stage change (default today); only with `lifecycleStage`. */
  stageChangedOn: calendarDateSchema.optional(),
};
export const createProductRequestSchema = z.strictObject({
  name: textInput(200, { required: true }),
  ...productFields,
});
export type CreateProductRequest = z.input<typeof createProductRequestSchema>;
export const updateProductRequestSchema = z.strictObject({
  name: textInput(200, { required: true }).optional(),
  ...productFields,
  version: versionSchema,
});
export type UpdateProductRequest = z.input<typeof updateProductRequestSchema>;
export const productParamsSchema = z.strictObject({ productId: idSchema });
