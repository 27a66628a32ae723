import { z } from 'zod';
import { idSchema, listOf, textInput, utcTimestampSchema, versionSchema } from './common';
import { calendarDateSchema } from './costs';

/** The RAID log's own kinds; risks live in the risk register and join the log in the view. */
export const raidKindSchema = z.enum(['assumption', 'issue', 'decision']);
export type RaidKind = z.infer<typeof raidKindSchema>;

/** Statuses by kind: what an assumption, an issue and a decision go through. */
export const RAID_STATUSES = {
  assumption: ['open', 'validated', 'invalid'],
  issue: ['open', 'in-progress', 'resolved', 'closed'],
  decision: ['proposed', 'approved', 'rejected', 'superseded'],
} as const satisfies Record<RaidKind, readonly string[]>;

export const raidStatusSchema = z.enum([
  'open',
  'validated',
  'invalid',
  'in-progress',
  'resolved',
  'closed',
  'proposed',
  'approved',
  'rejected',
  'superseded',
]);
export type RaidStatus = z.infer<typeof raidStatusSchema>;

export const raidPrioritySchema = z.enum(['low', 'medium', 'high', 'critical']);

export const raidItemSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  kind: raidKindSchema,
  /** A-1 (assumption), I-1 (issue), DEC-1 (decision), numbered per kind within the project. */
  code: z.string(),
  title: z.string(),
  description: z.string(),
  ownerId: idSchema.nullable(),
  status: raidStatusSchema,
  priority: raidPrioritySchema,
  /** When it was raised, and when it is due (or was decided), `YYYY-MM-DD`. */
  raisedOn: z.string(),
  dueOn: z.string().nullable(),
  /** The resolution of an issue, the rationale of a decision, the check of an assumption. */
  resolution: z.string(),
  taskIds: z.array(idSchema),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type RaidItem = z.infer<typeof raidItemSchema>;
export const raidItemListSchema = listOf(raidItemSchema);

const fields = {
  title: textInput(300, { required: true }),
  description: textInput(10_000).optional(),
  ownerId: idSchema.nullable().optional(),
  /** Must be one of the kind's statuses (see RAID_STATUSES); defaults to the first. */
  status: raidStatusSchema.optional(),
  priority: raidPrioritySchema.optional(),
  raisedOn: calendarDateSchema.optional(),
  dueOn: calendarDateSchema.nullable().optional(),
  resolution: textInput(10_000).optional(),
  taskIds: z.array(idSchema).max(1_000).optional(),
};

export const createRaidItemRequestSchema = z.strictObject({ kind: raidKindSchema, ...fields });
export type CreateRaidItemRequest = z.input<typeof createRaidItemRequestSchema>;
export const updateRaidItemRequestSchema = z
  .strictObject(fields)
  .partial()
  .extend({ version: versionSchema });
export type UpdateRaidItemRequest = z.input<typeof updateRaidItemRequestSchema>;
export const raidQuerySchema = z.strictObject({ kind: raidKindSchema.optional() });
export const raidItemParamsSchema = z.strictObject({ itemId: idSchema });
