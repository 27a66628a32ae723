import { z } from 'zod';
import { idSchema, listOf, textInput, utcTimestampSchema, versionSchema } from './common';
import { calendarDateSchema } from './costs';

/** A threat hurts the plan if it happens; an opportunity helps it. */
export const riskKindSchema = z.enum(['threat', 'opportunity']);
export type RiskKind = z.infer<typeof riskKindSchema>;

/** Responses (PMBOK): threats are avoided, mitigated, transferred or accepted; opportunities are exploited, enhanced, shared or accepted. */
export const riskStrategySchema = z.enum([
  'avoid',
  'mitigate',
  'transfer',
  'accept',
  'exploit',
  'enhance',
  'share',
]);
export type RiskStrategy = z.infer<typeof riskStrategySchema>;
export const THREAT_STRATEGIES: readonly RiskStrategy[] = ['avoid', 'mitigate', 'transfer', 'accept'];
export const OPPORTUNITY_STRATEGIES: readonly RiskStrategy[] = ['exploit', 'enhance', 'share', 'accept'];

export const riskStatusSchema = z.enum(['open', 'monitoring', 'occurred', 'closed']);
export type RiskStatus = z.infer<typeof riskStatusSchema>;

/** A rating on the 5-point scale of the probability-impact matrix (1 very low … 5 very high). */
const ratingSchema = z.number().int({ message: 'must be a whole number from 1 to 5' }).min(1).max(5);

/** The band of a score on the 5×5 matrix: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical. */
export const riskLevelSchema = z.enum(['low', 'medium', 'high', 'critical']);
export type RiskLevel = z.infer<typeof riskLevelSchema>;

export const riskActionSchema = z.object({
  id: idSchema,
  riskId: idSchema,
  title: z.string(),
  ownerId: idSchema.nullable(),
  dueDate: z.string().nullable(),
  done: z.boolean(),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type RiskAction = z.infer<typeof riskActionSchema>;

export const riskSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  /** Short reference within the project, … */
  code: z.string(),
  kind: riskKindSchema,
  title: z.string(),
  cause: z.string(),
  effect: z.string(),
  category: z.string(),
  ownerId: idSchema.nullable(),
  /** Ratings on the 1–5 scales. */
  probability: ratingSchema,
  scheduleImpact: ratingSchema,
  costImpact: ratingSchema,
  /** probability × the larger impact: 1–25. */
  score: z.number().int().min(1).max(25),
  level: riskLevelSchema,
  /** The numbers behind the ratings, used by the schedule risk simulation: percent (0–100). */
  probabilityPercent: z.number().min(0).max(100),
  /** Working minutes the linked tasks grow by if the risk occurs (a gain shortens them for opportunities). */
  scheduleImpactMinutes: z.number().int().min(0),
  /** Cost if it occurs, in minor currency units. */
  costImpactMinor: z.number().int().min(0),
  strategy: riskStrategySchema,
  trigger: z.string(),
  status: riskStatusSchema,
  /** Tasks of the project the risk would hit. */
  taskIds: z.array(idSchema),
  actions: z.array(riskActionSchema),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Risk = z.infer<typeof riskSchema>;

export const riskListSchema = listOf(riskSchema);
export type RiskList = z.infer<typeof riskListSchema>;

const riskFields = {
  title: textInput(300, { required: true }),
  kind: riskKindSchema.optional(),
  cause: textInput(5_000).optional(),
  effect: textInput(5_000).optional(),
  category: textInput(100).optional(),
  ownerId: idSchema.nullable().optional(),
  probability: ratingSchema,
  scheduleImpact: ratingSchema,
  costImpact: ratingSchema,
  /** Defaults from the rating: 1 → 10 %, 2 → 30 %, 3 → 50 %, 4 → 70 %, 5 → 90 %. */
  probabilityPercent: z.number().min(0).max(100).optional(),
  scheduleImpactMinutes: z
    .number()
    .int({ message: 'must be a whole number of minutes' })
    .min(0)
    .max(5_256_000)
    .optional(),
  costImpactMinor: z
    .number()
    .int({ message: 'must be a whole number of minor units' })
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .optional(),
  strategy: riskStrategySchema.optional(),
  trigger: textInput(2_000).optional(),
  status: riskStatusSchema.optional(),
  taskIds: z.array(idSchema).max(1_000).optional(),
};

/**
 * A new risk. The strategy must suit the kind (threats: avoid, mitigate, transfer, accept;
 * opportunities: exploit, enhance, share, accept); it defaults to mitigate / enhance. Linked tasks
 * must belong to the project. The owner must be a member of the workspace.
 */
export const createRiskRequestSchema = z.strictObject(riskFields);
export type CreateRiskRequest = z.input<typeof createRiskRequestSchema>;

/** Partial update with the version last read; a change of rating is kept in the risk's history. */
export const updateRiskRequestSchema = createRiskRequestSchema.partial().extend({ version: versionSchema });
export type UpdateRiskRequest = z.input<typeof updateRiskRequestSchema>;

export const riskParamsSchema = z.strictObject({ riskId: idSchema });

/** One entry of a risk's score history: the ratings after a change, who made it and when. */
export const riskHistoryEntrySchema = z.object({
  changedAt: utcTimestampSchema,
  changedBy: idSchema,
  probability: ratingSchema,
  scheduleImpact: ratingSchema,
  costImpact: ratingSchema,
  score: z.number().int(),
});
export const riskHistorySchema = listOf(riskHistoryEntrySchema);
export type RiskHistory = z.infer<typeof riskHistorySchema>;

export const createRiskActionRequestSchema = z.strictObject({
  title: textInput(500, { required: true }),
  ownerId: idSchema.nullable().optional(),
  dueDate: calendarDateSchema.nullable().optional(),
  done: z.boolean().optional(),
});
export type CreateRiskActionRequest = z.input<typeof createRiskActionRequestSchema>;

export const updateRiskActionRequestSchema = z.strictObject({
  version: versionSchema,
  title: textInput(500, { required: true }).optional(),
  ownerId: idSchema.nullable().optional(),
  dueDate: calendarDateSchema.nullable().optional(),
  done: z.boolean().optional(),
});
export type UpdateRiskActionRequest = z.input<typeof updateRiskActionRequestSchema>;

export const riskActionParamsSchema = z.strictObject({ actionId: idSchema });

/** Score and band of a rating pair: score = probability × max(schedule impact, cost impact). */
export function riskScore(
  probability: number,
  scheduleImpact: number,
  costImpact: number,
): { score: number; level: RiskLevel } {
  const score = probability * Math.max(scheduleImpact, costImpact);
  const level: RiskLevel = score >= 17 ? 'critical' : score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low';
  return { score, level };
}
