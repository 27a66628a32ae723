import { z } from 'zod';
import {
  floatingDateTimeSchema,
  idSchema,
  listOf,
  textInput,
  utcTimestampSchema,
  versionSchema,
} from './common';

/** Microsoft Project's resource types: people and equipment (work), consumables (material), cost. */
export const resourceTypeSchema = z.enum(['work', 'material', 'cost']);
export type ResourceType = z.infer<typeof resourceTypeSchema>;

/** Money in integer minor units of the workspace currency (cents for EUR/USD); never a float. */
export const amountMinorSchema = z
  .number()
  .int({ message: 'must be a whole number of minor currency units' })
  .min(0)
  .max(2_147_483_647, { message: 'must be at most 2147483647 minor units' });

/** A rate: `per: 'h'` for work resources (per working hour), `'unit'` for material resources. */
export const rateSchema = z.strictObject({
  amountMinor: amountMinorSchema,
  per: z.enum(['h', 'unit']),
});
export type Rate = z.infer<typeof rateSchema>;

/** A one-off charge each time the resource is assigned. */
export const costPerUseSchema = z.strictObject({ amountMinor: amountMinorSchema });

/** Max units in percent (100 = one full-time person); Microsoft Project allows up to 60,000,000 %. */
export const percentUnitsSchema = z
  .number({ message: 'must be a number of percent' })
  .min(0, { message: 'must not be negative' })
  .max(60_000_000);

/**
 * Max units over a dated range (Microsoft Project's "Resource availability" table): `from` is
 * inclusive; `to` at 00:00 covers that whole day (MS Project's inclusive "Available To"), another
 * time ends the range there; null = open-ended. Outside every range the resource's `maxUnits` applies.
 */
export const availabilityRangeSchema = z.strictObject({
  from: floatingDateTimeSchema.nullable(),
  to: floatingDateTimeSchema.nullable(),
  maxUnits: percentUnitsSchema,
});
export type AvailabilityRange = z.infer<typeof availabilityRangeSchema>;

/** Minutes since 1970-01-01 of a floating date-time the schema accepted. */
function minutesOf(text: string): number {
  const [date, time] = text.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return Date.UTC(y, mo - 1, d, h, mi) / 60_000;
}

/** Where a range ends, exclusive, in minutes (a 00:00 `to` covers its whole day). */
function rangeEnd(range: AvailabilityRange): number {
  if (range.to === null) return Number.POSITIVE_INFINITY;
  const to = minutesOf(range.to);
  return to % 1440 === 0 ? to + 1440 : to;
}

function rangeStart(range: AvailabilityRange): number {
  return range.from === null ? Number.NEGATIVE_INFINITY : minutesOf(range.from);
}

const availabilityListSchema = z
  .array(availabilityRangeSchema)
  .max(500)
  .superRefine((ranges, ctx) => {
    ranges.forEach((range, i) => {
      if (rangeStart(range) >= rangeEnd(range)) {
        ctx.addIssue({ code: 'custom', path: [i, 'to'], message: 'must not be before from' });
      } else if (i > 0 && rangeEnd(ranges[i - 1]) > rangeStart(range)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'from'],
          message: 'ranges must be in ascending order and must not overlap the range before',
        });
      }
    });
  });

/** A rate change from a date on (Microsoft Project's cost rate table rows after the first). */
export const rateChangeSchema = z.strictObject({
  effectiveFrom: floatingDateTimeSchema,
  standardRate: rateSchema,
  overtimeRate: rateSchema,
  costPerUse: costPerUseSchema,
});
export type RateChange = z.infer<typeof rateChangeSchema>;

const rateChangeListSchema = z
  .array(rateChangeSchema)
  .max(500)
  .refine((rows) => rows.every((r, i) => i === 0 || rows[i - 1].effectiveFrom < r.effectiveFrom), {
    message: 'rate changes must be in ascending order of effectiveFrom, one per date',
  });

export const resourceSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  name: z.string(),
  type: resourceTypeSchema,
  initials: z.string(),
  group: z.string(),
  /** Unit of a material resource ("t", "m³"); empty for work and cost resources. */
  materialLabel: z.string(),
  /** Percent (100 = full time) where no availability range applies. */
  maxUnits: z.number(),
  availability: z.array(availabilityRangeSchema),
  /** Base calendar of the resource; null = the calendar of each project it works in. */
  calendarId: idSchema.nullable(),
  standardRate: rateSchema,
  overtimeRate: rateSchema,
  costPerUse: costPerUseSchema,
  /** Later rates, ascending by date; the rates above apply before the first. */
  rateChanges: z.array(rateChangeSchema),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Resource = z.infer<typeof resourceSchema>;

export const resourceListSchema = listOf(resourceSchema);
export type ResourceList = z.infer<typeof resourceListSchema>;

const resourceFields = {
  initials: textInput(30).optional(),
  group: textInput(200).optional(),
  materialLabel: textInput(30).optional(),
  maxUnits: percentUnitsSchema.optional(),
  availability: availabilityListSchema.optional(),
  calendarId: idSchema.nullable().optional(),
  standardRate: rateSchema.optional(),
  overtimeRate: rateSchema.optional(),
  costPerUse: costPerUseSchema.optional(),
  rateChanges: rateChangeListSchema.optional(),
};

/**
 * A new resource: only `name` is required. Defaults: type `work`, initials = first letter of the
 * name, max units 100 %, no availability ranges, the project calendar, zero rates per hour (per
 * unit for material resources).
 */
export const createResourceRequestSchema = z.strictObject({
  name: textInput(255, { required: true }),
  type: resourceTypeSchema.optional(),
  ...resourceFields,
});
export type CreateResourceRequest = z.input<typeof createResourceRequestSchema>;

/** Partial update; `version` must be the version last read (stale → 409 with the current resource). */
export const updateResourceRequestSchema = z.strictObject({
  version: versionSchema,
  name: textInput(255, { required: true }).optional(),
  type: resourceTypeSchema.optional(),
  ...resourceFields,
});
export type UpdateResourceRequest = z.input<typeof updateResourceRequestSchema>;

export const resourceParamsSchema = z.strictObject({ resourceId: idSchema });
export type ResourceParams = z.infer<typeof resourceParamsSchema>;
