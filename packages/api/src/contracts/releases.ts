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

export const releaseStatusSchema = z.enum(['planned', 'in-progress', 'released']);

/** The release's forecast: the latest forecast of its features (see the feature forecast). */
export const releaseForecastSchema = z
  .object({
    cpmFinish: floatingDateTimeSchema,
    p50: floatingDateTimeSchema.nullable(),
    p80: floatingDateTimeSchema.nullable(),
    late: z.boolean(),
  })
  .nullable();

export const releaseSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  name: z.string(),
  /** The version label, e.g. "2.4.0". */
  versionLabel: z.string(),
  targetDate: z.string().nullable(),
  status: releaseStatusSchema,
  description: z.string(),
  featureIds: z.array(idSchema),
  forecast: releaseForecastSchema,
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Release = z.infer<typeof releaseSchema>;
export const releaseListSchema = listOf(releaseSchema);

export const createReleaseRequestSchema = z.strictObject({
  name: textInput(200, { required: true }),
  versionLabel: textInput(50).optional(),
  targetDate: calendarDateSchema.nullable().optional(),
  status: releaseStatusSchema.optional(),
  description: textInput(10_000).optional(),
});
export type CreateReleaseRequest = z.input<typeof createReleaseRequestSchema>;
export const updateReleaseRequestSchema = createReleaseRequestSchema
  .partial()
  .extend({ version: versionSchema });
export type UpdateReleaseRequest = z.input<typeof updateReleaseRequestSchema>;
export const releaseParamsSchema = z.strictObject({ releaseId: idSchema });

/** Generated release notes (Markdown), from the release's features by kind and status. */
export const releaseNotesSchema = z.object({ releaseId: idSchema, markdown: z.string() });

/**
 * Preview a scope change before saving it: features to add to the release and to take out. A
 * feature's linked work counts in the plan while the feature is in the release; out of it, that
 * work is left out (inactive) of the preview's schedule and cost.
 */
export const scopePreviewRequestSchema = z.strictObject({
  add: z.array(idSchema).max(500).optional(),
  remove: z.array(idSchema).max(500).optional(),
});
const scopeSnapshotSchema = z.object({
  /** Latest finish of the release's linked work; null when it has none. */
  releaseFinish: floatingDateTimeSchema.nullable(),
  /** Cost at completion of the projects the release's work is in, minor units. */
  costAtCompletionMinor: z.number().int(),
});
export const scopePreviewSchema = z.object({
  before: scopeSnapshotSchema,
  after: scopeSnapshotSchema,
  /** Calendar minutes the release date moves (after − before); null if either has no date. */
  releaseFinishShiftMinutes: z.number().int().nullable(),
  costDeltaMinor: z.number().int(),
  /** Goals (ids) served by some feature in scope after the change and by none before. */
  goalsGained: z.array(idSchema),
  /** Goals served before the change and by no feature in scope after it. */
  goalsLost: z.array(idSchema),
});
export type ScopePreview = z.infer<typeof scopePreviewSchema>;

/**
 * "What ships by this date": the ranked backlog (or the given features, in order) filled against
 * the team's capacity from `from` (default today) to `until`.
 */
export const capacityCheckRequestSchema = z.strictObject({
  until: calendarDateSchema,
  from: calendarDateSchema.optional(),
  /** The team: workspace resources (work type). */
  resourceIds: z.array(idSchema).min(1).max(1_000),
  /** In rank order; default: the backlog by rank, excluding released, parked and rejected items. */
  featureIds: z.array(idSchema).max(5_000).optional(),
});
/** Where a capacity check's forecast finish comes from: a what-if levelling, or the stored CPM schedule. */
export const capacityForecastBasisSchema = z.enum(['levelled', 'cpm']);
export type CapacityForecastBasis = z.infer<typeof capacityForecastBasisSchema>;
export const capacityCheckSchema = z.object({
  /** Person-minutes available. */
  capacityMinutes: z.number(),
  committedMinutes: z.number(),
  /** Index of the first feature below the cut line (the list length when everything fits). */
  cutIndex: z.number().int(),
  items: z.array(
    z.object({
      featureId: idSchema,
      title: z.string(),
      verdict: z.enum([
        'fits',
        'scheduled-in-time',
        'scheduled-late',
        'over-capacity',
        'below-cut',
        'no-estimate',
      ]),
      ships: z.boolean(),
      effortMinutes: z.number().nullable(),
      cumulativeMinutes: z.number(),
      /** When the linked work finishes (null for a feature not linked to scheduled work). */
      forecastFinish: floatingDateTimeSchema.nullable(),
      /**
       * What `forecastFinish` comes from: `levelled` when the linked project has work-resource
       * assignments and was levelled in memory for this check (as the Level button would, nothing
       * saved); `cpm` for its stored schedule (no such assignments, or the engine could not level
       * it); for work in several projects, the basis of the one finishing last; null when there is
       * no forecast.
       */
      forecastBasis: capacityForecastBasisSchema.nullable(),
    }),
  ),
});
export type CapacityCheck = z.infer<typeof capacityCheckSchema>;
