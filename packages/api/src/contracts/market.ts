import { z } from 'zod';
import { idSchema, listOf, textInput, utcTimestampSchema, versionSchema } from './common';
import { calendarDateSchema } from './costs';
import { featureStatusSchema } from './features';

const points = (max: number) => z.array(textInput(1_000, { required: true })).max(max);
const urlSchema = z
  .string()
  .max(2_000)
  .refine((text) => /^https?:\/\/[^\s]+$/.test(text), { message: 'must be an http(s) URL' });

/** A competitor's profile: what they are good and bad at, and how they charge. */
export const competitorSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  name: z.string(),
  website: z.string(),
  profile: z.string(),
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
  pricing: z.string(),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Competitor = z.infer<typeof competitorSchema>;
export const competitorListSchema = listOf(competitorSchema);
const competitorFields = {
  website: z.union([urlSchema, z.literal('')]).optional(),
  profile: textInput(20_000).optional(),
  strengths: points(50).optional(),
  weaknesses: points(50).optional(),
  pricing: textInput(5_000).optional(),
};
export const createCompetitorRequestSchema = z.strictObject({
  name: textInput(200, { required: true }),
  ...competitorFields,
});
export type CreateCompetitorRequest = z.input<typeof createCompetitorRequestSchema>;
export const updateCompetitorRequestSchema = z.strictObject({
  name: textInput(200, { required: true }).optional(),
  ...competitorFields,
  version: versionSchema,
});
export type UpdateCompetitorRequest = z.input<typeof updateCompetitorRequestSchema>;
export const competitorParamsSchema = z.strictObject({ competitorId: idSchema });

/** How well a competitor covers one of our features. */
export const featureSupportSchema = z.enum(['full', 'partial', 'none', 'unknown']);
export type FeatureSupport = z.infer<typeof featureSupportSchema>;
export const comparisonCellParamsSchema = z.strictObject({ competitorId: idSchema, featureId: idSchema });
export const setComparisonCellRequestSchema = z.strictObject({
  support: featureSupportSchema,
  note: textInput(2_000).optional(),
});
export const comparisonCellSchema = z.object({
  competitorId: idSchema,
  featureId: idSchema,
  support: featureSupportSchema,
  note: z.string(),
});
/**
 * The feature comparison matrix: our features (rows, by rank, no rejected ones) against the
 * competitors (columns); a cell nobody filled in is `unknown`.
 */
export const comparisonMatrixSchema = z.object({
  competitors: z.array(z.object({ id: idSchema, name: z.string() })),
  rows: z.array(
    z.object({
      featureId: idSchema,
      title: z.string(),
      status: featureStatusSchema,
      cells: z.array(z.object({ competitorId: idSchema, support: featureSupportSchema, note: z.string() })),
    }),
  ),
});
export type ComparisonMatrix = z.infer<typeof comparisonMatrixSchema>;

export const trendImpactSchema = z.enum(['low', 'medium', 'high']);
/** A market trend, as observed: its impact on us and where to read more. */
export const marketTrendSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  title: z.string(),
  description: z.string(),
  impact: trendImpactSchema,
  observedOn: calendarDateSchema,
  links: z.array(z.string()),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type MarketTrend = z.infer<typeof marketTrendSchema>;
export const marketTrendListSchema = listOf(marketTrendSchema);
const trendFields = {
  description: textInput(20_000).optional(),
  impact: trendImpactSchema.optional(),
  observedOn: calendarDateSchema.optional(),
  links: z.array(urlSchema).max(50).optional(),
};
export const createMarketTrendRequestSchema = z.strictObject({
  title: textInput(300, { required: true }),
  ...trendFields,
});
export type CreateMarketTrendRequest = z.input<typeof createMarketTrendRequestSchema>;
export const updateMarketTrendRequestSchema = z.strictObject({
  title: textInput(300, { required: true }).optional(),
  ...trendFields,
  version: versionSchema,
});
export type UpdateMarketTrendRequest = z.input<typeof updateMarketTrendRequestSchema>;
export const marketTrendParamsSchema = z.strictObject({ trendId: idSchema });

/** A product's SWOT; version 0 until first saved. */
export const swotSchema = z.object({
  productId: idSchema,
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
  opportunities: z.array(z.string()),
  threats: z.array(z.string()),
  version: z.number().int().min(0),
  updatedAt: utcTimestampSchema.nullable(),
});
export type Swot = z.infer<typeof swotSchema>;
/** Replaces the SWOT; `version` is the one read (0 for a first save). */
export const putSwotRequestSchema = z.strictObject({
  strengths: points(50),
  weaknesses: points(50),
  opportunities: points(50),
  threats: points(50),
  version: z.number().int().min(0),
});
export type PutSwotRequest = z.input<typeof putSwotRequestSchema>;
