import { z } from 'zod';
import { idSchema, listOf, textInput, utcTimestampSchema, versionSchema } from './common';

/** Power/interest grid (Mendelow): 1 (low) to 5 (high); 3 and above counts as high. */
const gridScore = z
  .number()
  .int({ message: 'must be a whole number from 1 to 5' })
  .min(1, { message: 'must be a whole number from 1 to 5' })
  .max(5, { message: 'must be a whole number from 1 to 5' });
export const stakeholderQuadrantSchema = z.enum([
  'manage-closely',
  'keep-satisfied',
  'keep-informed',
  'monitor',
]);
export type StakeholderQuadrant = z.infer<typeof stakeholderQuadrantSchema>;

export const stakeholderSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  productId: idSchema.nullable(),
  name: z.string(),
  role: z.string(),
  organisation: z.string(),
  power: z.number().int(),
  interest: z.number().int(),
  /** From power and interest: the grid's quadrant. */
  quadrant: stakeholderQuadrantSchema,
  /** How and how often to engage them, and about what. */
  engagementPlan: z.string(),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Stakeholder = z.infer<typeof stakeholderSchema>;
export const stakeholderListSchema = listOf(stakeholderSchema);

const stakeholderFields = {
  productId: idSchema.nullable().optional(),
  role: textInput(200).optional(),
  organisation: textInput(200).optional(),
  engagementPlan: textInput(10_000).optional(),
};
export const createStakeholderRequestSchema = z.strictObject({
  name: textInput(200, { required: true }),
  power: gridScore,
  interest: gridScore,
  ...stakeholderFields,
});
export type CreateStakeholderRequest = z.input<typeof createStakeholderRequestSchema>;
export const updateStakeholderRequestSchema = z.strictObject({
  name: textInput(200, { required: true }).optional(),
  power: gridScore.optional(),
  interest: gridScore.optional(),
  ...stakeholderFields,
  version: versionSchema,
});
export type UpdateStakeholderRequest = z.input<typeof updateStakeholderRequestSchema>;
export const stakeholderParamsSchema = z.strictObject({ stakeholderId: idSchema });
export const stakeholderListQuerySchema = z.strictObject({
  productId: idSchema.optional(),
  quadrant: stakeholderQuadrantSchema.optional(),
});
