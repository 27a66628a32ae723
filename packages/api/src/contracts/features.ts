import { z } from 'zod';
import {
  floatingDateTimeSchema,
  idSchema,
  listOf,
  textInput,
  utcTimestampSchema,
  versionSchema,
} from './common';
import { calendarDateSchema } from './costs';
import { scorecardValueSchema, scorecardValuesInputSchema } from './scorecards';

/** Ideas become features; initiatives group features (initiative → feature). */
export const featureKindSchema = z.enum(['initiative', 'feature', 'idea']);
export type FeatureKind = z.infer<typeof featureKindSchema>;

/** The workflow: new → under consideration → planned → in progress → released; or parked / rejected (with a reason). */
export const featureStatusSchema = z.enum([
  'new',
  'under-consideration',
  'planned',
  'in-progress',
  'released',
  'parked',
  'rejected',
]);
export type FeatureStatus = z.infer<typeof featureStatusSchema>;

export const roadmapLaneSchema = z.enum(['now', 'next', 'later']);
export type RoadmapLane = z.infer<typeof roadmapLaneSchema>;

export const kanoCategorySchema = z.enum([
  'must-be',
  'performance',
  'attractive',
  'indifferent',
  'reverse',
  'questionable',
]);

/** RICE inputs as entered; any may be missing until scored. Confidence is 0 to 1; effort in person-months. */
export const riceInputSchema = z.strictObject({
  reach: z.number().min(0).nullable().optional(),
  impact: z.number().min(0).max(10).nullable().optional(),
  confidence: z.number().min(0).max(1).nullable().optional(),
  effort: z.number().min(0).nullable().optional(),
});
/** WSJF inputs (SAFe relative scales); job size > 0 to score. */
export const wsjfInputSchema = z.strictObject({
  businessValue: z.number().min(0).nullable().optional(),
  timeCriticality: z.number().min(0).nullable().optional(),
  riskReduction: z.number().min(0).nullable().optional(),
  jobSize: z.number().min(0).nullable().optional(),
});

const storedRice = z.object({
  reach: z.number().nullable(),
  impact: z.number().nullable(),
  confidence: z.number().nullable(),
  effort: z.number().nullable(),
});
const storedWsjf = z.object({
  businessValue: z.number().nullable(),
  timeCriticality: z.number().nullable(),
  riskReduction: z.number().nullable(),
  jobSize: z.number().nullable(),
});

/**
 * Scores computed by the server from the stored inputs: null when an input is missing or cannot
 * score (an effort or job size of 0), with the reason in `issues` (never NaN or Infinity).
 */
export const featureScoresSchema = z.object({
  rice: z.number().nullable(),
  wsjf: z.number().nullable(),
  /** value / effort, for the 2×2. */
  valueEffort: z.number().nullable(),
  /** The weighted scorecard, 0–100 (see `scorecardSchema`); null until every criterion has a value. */
  scorecard: z.number().nullable(),
  issues: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type FeatureScores = z.infer<typeof featureScoresSchema>;

/**
 * When the linked work is forecast to be done: the CPM finish of the linked tasks (the latest),
 * and P50/P80 from the project's latest Monte Carlo simulation when one covers this feature. Null
 * when nothing is linked. `late` flags a forecast (P80 when known, else CPM) past the target date.
 */
export const featureForecastSchema = z
  .object({
    cpmFinish: floatingDateTimeSchema,
    p50: floatingDateTimeSchema.nullable(),
    p80: floatingDateTimeSchema.nullable(),
    late: z.boolean(),
  })
  .nullable();
export type FeatureForecast = z.infer<typeof featureForecastSchema>;

export const featureLinkSchema = z.object({
  projectId: idSchema,
  /** A task or milestone; null links the whole project (its finish). */
  taskId: idSchema.nullable(),
});

export const featureSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  kind: featureKindSchema,
  parentId: idSchema.nullable(),
  title: z.string(),
  description: z.string(),
  status: featureStatusSchema,
  statusReason: z.string(),
  ownerId: idSchema.nullable(),
  rice: storedRice,
  wsjf: storedWsjf,
  value: z.number().nullable(),
  effort: z.number().nullable(),
  kano: kanoCategorySchema.nullable(),
  /** Values on the workspace scorecard's criteria, in the criteria's order (unscored ones absent). */
  scorecard: z.array(scorecardValueSchema),
  scores: featureScoresSchema,
  lane: roadmapLaneSchema.nullable(),
  /** Order within the lane (and the backlog's manual rank), ascending. */
  rank: z.number(),
  releaseId: idSchema.nullable(),
  targetDate: z.string().nullable(),
  /** The product the feature belongs to (a roadmap lane); null = none. */
  productId: idSchema.nullable(),
  /** The team delivering it, free text (a roadmap lane); '' = none. */
  team: z.string(),
  /** Remaining effort in working minutes (person-minutes) for the capacity check. */
  effortMinutes: z.number().int().nullable(),
  links: z.array(featureLinkSchema),
  /** Goals (objective ids) the feature serves. */
  goalIds: z.array(idSchema),
  forecast: featureForecastSchema,
  /** How many feedback items are linked as evidence. */
  evidenceCount: z.number().int(),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Feature = z.infer<typeof featureSchema>;
export const featureListSchema = listOf(featureSchema);

const fields = {
  kind: featureKindSchema.optional(),
  parentId: idSchema.nullable().optional(),
  description: textInput(20_000).optional(),
  status: featureStatusSchema.optional(),
  statusReason: textInput(2_000).optional(),
  ownerId: idSchema.nullable().optional(),
  rice: riceInputSchema.optional(),
  wsjf: wsjfInputSchema.optional(),
  value: z.number().min(0).max(1_000).nullable().optional(),
  effort: z.number().min(0).max(1_000).nullable().optional(),
  kano: kanoCategorySchema.nullable().optional(),
  /** Values on scorecard criteria: null clears one, criteria not named keep theirs. */
  scorecard: scorecardValuesInputSchema.optional(),
  lane: roadmapLaneSchema.nullable().optional(),
  rank: z.number().finite().optional(),
  releaseId: idSchema.nullable().optional(),
  /** A product of the same workspace; null clears it. */
  productId: idSchema.nullable().optional(),
  /** The team delivering it ('' clears it). */
  team: textInput(100).optional(),
  targetDate: calendarDateSchema.nullable().optional(),
  effortMinutes: z.number().int().min(0).max(100_000_000).nullable().optional(),
  /** Replaces the links to project work. */
  links: z
    .array(z.strictObject({ projectId: idSchema, taskId: idSchema.nullable().optional() }))
    .max(500)
    .optional(),
  /** Replaces the goals (objective ids) the feature serves. */
  goalIds: z.array(idSchema).max(100).optional(),
};

/** A new idea, feature or initiative. Rejecting needs a reason (`statusReason`). */
export const createFeatureRequestSchema = z.strictObject({
  title: textInput(300, { required: true }),
  ...fields,
});
export type CreateFeatureRequest = z.input<typeof createFeatureRequestSchema>;
export const updateFeatureRequestSchema = z
  .strictObject({ title: textInput(300, { required: true }).optional(), ...fields })
  .extend({ version: versionSchema });
export type UpdateFeatureRequest = z.input<typeof updateFeatureRequestSchema>;

export const featureListQuerySchema = z.strictObject({
  sort: z.enum(['rank', 'rice', 'wsjf', 'valueEffort', 'scorecard', 'updated']).optional(),
  status: featureStatusSchema.optional(),
  lane: roadmapLaneSchema.optional(),
  releaseId: idSchema.optional(),
});
export type FeatureListQuery = z.infer<typeof featureListQuerySchema>;
export const featureParamsSchema = z.strictObject({ featureId: idSchema });
