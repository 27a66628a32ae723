import { z } from 'zod';
import { idSchema, textInput, utcTimestampSchema, versionSchema } from './common';

/** Weights are stored exactly, in thousandths: at most three decimals. */
const WEIGHT_DECIMALS = 3;
export const MAX_SCORECARD_WEIGHT = 1_000;
/** Scale ends (inclusive); values are whole numbers between them. */
export const SCORECARD_SCALE_LIMIT = 1_000;
export const MAX_SCORECARD_CRITERIA = 50;

function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** A criterion's relative weight: positive, at most 1,000, at most three decimals (stored exactly). */
export const scorecardWeightSchema = z
  .number({ message: 'must be a number' })
  .gt(0, { message: 'must be greater than 0' })
  .max(MAX_SCORECARD_WEIGHT, { message: `must be at most ${MAX_SCORECARD_WEIGHT}` })
  .refine((value) => hasAtMostDecimals(value, WEIGHT_DECIMALS), {
    message: `must have at most ${WEIGHT_DECIMALS} decimals`,
  });

const scaleEndSchema = z
  .number({ message: 'must be a number' })
  .int({ message: 'must be a whole number' })
  .min(-SCORECARD_SCALE_LIMIT, { message: `must be at least ${-SCORECARD_SCALE_LIMIT}` })
  .max(SCORECARD_SCALE_LIMIT, { message: `must be at most ${SCORECARD_SCALE_LIMIT}` });

/**
 * One criterion of the workspace scorecard. A feature's value on it is a whole number on the
 * criterion's scale `scaleMin`–`scaleMax` (e.g. 1–5 or 0–10).
 */
export const scorecardCriterionSchema = z.object({
  id: idSchema,
  name: z.string(),
  weight: z.number(),
  scaleMin: z.number().int(),
  scaleMax: z.number().int(),
  /** Display order, from 0. */
  position: z.number().int(),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type ScorecardCriterion = z.infer<typeof scorecardCriterionSchema>;

/**
 * The workspace's weighted scorecard. A feature's `scores.scorecard` is computed from it: each value
 * is placed on 0–100 along its criterion's scale (pᵢ = 100·(vᵢ − min)/(max − min)), and the score is
 * the weighted mean Σ wᵢ·pᵢ / Σ wᵢ, so 0–100 whatever the scales. `version` (0 before the first
 * criterion) changes with every edit of the criteria and guards their order.
 */
export const scorecardSchema = z.object({
  workspaceId: idSchema,
  version: z.number().int().min(0),
  criteria: z.array(scorecardCriterionSchema),
});
export type Scorecard = z.infer<typeof scorecardSchema>;

/** A new criterion, added at the end; the scale defaults to 1–5. */
export const createScorecardCriterionRequestSchema = z
  .strictObject({
    name: textInput(120, { required: true }),
    weight: scorecardWeightSchema,
    scaleMin: scaleEndSchema.optional(),
    scaleMax: scaleEndSchema.optional(),
  })
  .refine((body) => (body.scaleMin ?? 1) < (body.scaleMax ?? 5), {
    message: 'must be above scaleMin',
    path: ['scaleMax'],
  });
export type CreateScorecardCriterionRequest = z.input<typeof createScorecardCriterionRequestSchema>;

/** Rename, reweight or rescale a criterion (send the version read). */
export const updateScorecardCriterionRequestSchema = z.strictObject({
  name: textInput(120, { required: true }).optional(),
  weight: scorecardWeightSchema.optional(),
  scaleMin: scaleEndSchema.optional(),
  scaleMax: scaleEndSchema.optional(),
  version: versionSchema,
});
export type UpdateScorecardCriterionRequest = z.input<typeof updateScorecardCriterionRequestSchema>;

/** Every criterion id, in the new order, and the scorecard version read. */
export const reorderScorecardRequestSchema = z.strictObject({
  criterionIds: z.array(idSchema).max(MAX_SCORECARD_CRITERIA),
  version: z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(0),
});
export type ReorderScorecardRequest = z.input<typeof reorderScorecardRequestSchema>;

export const scorecardCriterionParamsSchema = z.strictObject({ criterionId: idSchema });

/** A feature's value on one criterion (a whole number on that criterion's scale). */
export const scorecardValueSchema = z.object({ criterionId: idSchema, value: z.number().int() });
export type ScorecardValue = z.infer<typeof scorecardValueSchema>;

/** Values to set on a feature: null clears one; criteria not named keep their value. */
export const scorecardValuesInputSchema = z
  .array(
    z.strictObject({
      criterionId: idSchema,
      value: z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).nullable(),
    }),
  )
  .max(MAX_SCORECARD_CRITERIA);
