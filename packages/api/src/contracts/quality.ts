import { z } from 'zod';
import { idSchema, listOf, textInput, utcTimestampSchema, versionSchema } from './common';

/** One acceptance criterion of a task or milestone: checked when met, with who and when. */
export const criterionSchema = z.object({
  id: idSchema,
  taskId: idSchema,
  text: z.string(),
  position: z.number().int().min(0),
  checked: z.boolean(),
  checkedBy: idSchema.nullable(),
  checkedAt: utcTimestampSchema.nullable(),
  version: versionSchema,
});
export type Criterion = z.infer<typeof criterionSchema>;

/**
 * A quality gate on a milestone: it cannot be completed until every criterion is checked and the
 * named approver has signed off (recorded who and when). A change to the criteria after sign-off
 * withdraws it.
 */
export const qualityGateSchema = z.object({
  taskId: idSchema,
  approverId: idSchema,
  signedOffBy: idSchema.nullable(),
  signedOffAt: utcTimestampSchema.nullable(),
  version: versionSchema,
});
export type QualityGate = z.infer<typeof qualityGateSchema>;

/** A task's quality: its criteria, its gate, and whether the gate lets it complete (with reasons). */
export const taskQualitySchema = z.object({
  taskId: idSchema,
  criteria: z.array(criterionSchema),
  gate: qualityGateSchema.nullable(),
  /** True when nothing stops completion: no gate, or every criterion checked and signed off. */
  satisfied: z.boolean(),
  /** Why the gate is not satisfied, one line each. */
  blockers: z.array(z.string()),
});
export type TaskQuality = z.infer<typeof taskQualitySchema>;

export const createCriterionRequestSchema = z.strictObject({ text: textInput(1_000, { required: true }) });
export type CreateCriterionRequest = z.input<typeof createCriterionRequestSchema>;
export const updateCriterionRequestSchema = z.strictObject({
  version: versionSchema,
  text: textInput(1_000, { required: true }).optional(),
  checked: z.boolean().optional(),
});
export type UpdateCriterionRequest = z.input<typeof updateCriterionRequestSchema>;
export const criterionParamsSchema = z.strictObject({ criterionId: idSchema });

/** Put a gate on a milestone (or change its approver): send the gate's version, 1 when there is none. */
export const setQualityGateRequestSchema = z.strictObject({ version: versionSchema, approverId: idSchema });
export type SetQualityGateRequest = z.input<typeof setQualityGateRequestSchema>;
export const signOffRequestSchema = z.strictObject({ version: versionSchema });

export const defectSeveritySchema = z.enum(['critical', 'major', 'minor', 'trivial']);
export const defectStatusSchema = z.enum(['open', 'in-progress', 'resolved', 'closed', 'rejected']);

/** A defect or quality issue found in the work, linked to the task it was found in. */
export const defectSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  code: z.string(),
  title: z.string(),
  description: z.string(),
  severity: defectSeveritySchema,
  status: defectStatusSchema,
  taskId: idSchema.nullable(),
  reportedBy: idSchema,
  assigneeId: idSchema.nullable(),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Defect = z.infer<typeof defectSchema>;
export const defectListSchema = listOf(defectSchema);

export const createDefectRequestSchema = z.strictObject({
  title: textInput(300, { required: true }),
  description: textInput(10_000).optional(),
  severity: defectSeveritySchema.optional(),
  status: defectStatusSchema.optional(),
  taskId: idSchema.nullable().optional(),
  assigneeId: idSchema.nullable().optional(),
});
export type CreateDefectRequest = z.input<typeof createDefectRequestSchema>;
export const updateDefectRequestSchema = createDefectRequestSchema
  .partial()
  .extend({ version: versionSchema });
export type UpdateDefectRequest = z.input<typeof updateDefectRequestSchema>;
export const defectParamsSchema = z.strictObject({ defectId: idSchema });
