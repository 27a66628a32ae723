import { z } from 'zod';
import { idSchema, listOf, textInput, utcTimestampSchema } from './common';
import { calendarDateSchema } from './costs';
import { featureKindSchema, featureStatusSchema, roadmapLaneSchema } from './features';
import { releaseForecastSchema, releaseStatusSchema } from './releases';

/** Fields a shared roadmap can leave out. */
export const shareHiddenFieldSchema = z.enum([
  'description',
  'owner',
  'scores',
  'evidence',
  'targetDate',
  'forecast',
]);
export type ShareHiddenField = z.infer<typeof shareHiddenFieldSchema>;

/** A read-only roadmap link (issue #7); its token is shown once, at creation, and never again. */
export const shareLinkSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  name: z.string(),
  hiddenFields: z.array(shareHiddenFieldSchema),
  expiresAt: utcTimestampSchema.nullable(),
  revokedAt: utcTimestampSchema.nullable(),
  /** Neither revoked nor expired. */
  active: z.boolean(),
  createdAt: utcTimestampSchema,
});
export type ShareLink = z.infer<typeof shareLinkSchema>;
export const shareLinkListSchema = listOf(shareLinkSchema);

/** The created link with its secret: `token` (≥ 128 random bits, base64url) and `url` (`/share/<token>`). */
export const createdShareLinkSchema = shareLinkSchema.extend({
  token: z.string(),
  url: z.string(),
});
export type CreatedShareLink = z.infer<typeof createdShareLinkSchema>;

export const createShareLinkRequestSchema = z.strictObject({
  name: textInput(200, { required: true }),
  hiddenFields: z.array(shareHiddenFieldSchema).max(20).optional(),
  /** UTC; must be in the future. */
  expiresAt: utcTimestampSchema.nullable().optional(),
});
export type CreateShareLinkRequest = z.input<typeof createShareLinkRequestSchema>;
export const shareLinkParamsSchema = z.strictObject({ shareLinkId: idSchema });
export const shareTokenParamsSchema = z.strictObject({ token: z.string().min(1).max(200) });

const sharedForecastSchema = z
  .object({
    cpmFinish: z.string(),
    p50: z.string().nullable(),
    p80: z.string().nullable(),
    late: z.boolean(),
  })
  .nullable();

/**
 * The roadmap as a signed-out reader sees it: features (no rejected or parked ones) and releases,
 * without the link's hidden fields, and nothing else: no links to project work, no feedback, no
 * user ids (the owner is a display name).
 */
export const sharedRoadmapSchema = z.object({
  name: z.string(),
  generatedAt: utcTimestampSchema,
  features: z.array(
    z.object({
      id: idSchema,
      kind: featureKindSchema,
      parentId: idSchema.nullable(),
      title: z.string(),
      status: featureStatusSchema,
      lane: roadmapLaneSchema.nullable(),
      releaseId: idSchema.nullable(),
      description: z.string().optional(),
      owner: z.string().nullable().optional(),
      scores: z.object({ rice: z.number().nullable(), wsjf: z.number().nullable() }).optional(),
      evidenceCount: z.number().int().optional(),
      targetDate: calendarDateSchema.nullable().optional(),
      forecast: sharedForecastSchema.optional(),
    }),
  ),
  releases: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      versionLabel: z.string(),
      status: releaseStatusSchema,
      targetDate: z.string().nullable().optional(),
      forecast: releaseForecastSchema.optional(),
    }),
  ),
});
export type SharedRoadmap = z.infer<typeof sharedRoadmapSchema>;
