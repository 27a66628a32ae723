import { z } from 'zod';
import {
  floatingDateTimeSchema,
  idSchema,
  listOf,
  textInput,
  utcTimestampSchema,
  versionSchema,
} from './common';

/** Money in integer minor units (cents): exact, never binary floating point. */
export const moneyMinorSchema = z
  .number()
  .int({ message: 'must be a whole number of minor units (cents)' })
  .min(0)
  .max(Number.MAX_SAFE_INTEGER);

/** How earned value credits progress (see the engine's PercentCompleteMethod). */
export const evMethodSchema = z.enum(['physical', '0/100', '50/50', 'duration']);
export type EvMethod = z.infer<typeof evMethodSchema>;

/** A calendar date `YYYY-MM-DD`. */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  .refine(
    (text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
    },
    { message: 'is not a valid calendar date' },
  );

export const taskCostSchema = z.object({
  taskId: idSchema,
  /** Fixed cost entered on the task. */
  fixedCostMinor: z.number().int(),
  /** The task's budget when set; null = its planned cost is its budget. */
  budgetMinor: z.number().int().nullable(),
  /** Fixed cost plus assignment costs (work × rate + cost per use), rolled up for summaries. */
  plannedCostMinor: z.number().int(),
  /** Approved timesheet hours × rate, plus the fixed cost accrued with progress; rolled up. */
  actualCostMinor: z.number().int(),
  summary: z.boolean(),
  version: versionSchema,
});
export type TaskCost = z.infer<typeof taskCostSchema>;

export const projectCostsSchema = z.object({
  currency: z.string(),
  budgetMinor: z.number().int().nullable(),
  evMethod: evMethodSchema,
  plannedCostMinor: z.number().int(),
  actualCostMinor: z.number().int(),
  version: versionSchema,
  tasks: z.array(taskCostSchema),
});
export type ProjectCosts = z.infer<typeof projectCostsSchema>;

/** Set a task's fixed cost and budget (send the version of its cost read; 1 for a task never costed). */
export const updateTaskCostRequestSchema = z.strictObject({
  version: versionSchema,
  fixedCostMinor: moneyMinorSchema.optional(),
  budgetMinor: moneyMinorSchema.nullable().optional(),
});
export type UpdateTaskCostRequest = z.input<typeof updateTaskCostRequestSchema>;

export const updateProjectCostSettingsRequestSchema = z.strictObject({
  version: versionSchema,
  budgetMinor: moneyMinorSchema.nullable().optional(),
  evMethod: evMethodSchema.optional(),
});
export type UpdateProjectCostSettingsRequest = z.input<typeof updateProjectCostSettingsRequestSchema>;

export const timesheetStatusSchema = z.enum(['draft', 'submitted', 'approved', 'rejected']);
export type TimesheetStatus = z.infer<typeof timesheetStatusSchema>;

export const timesheetEntrySchema = z.object({
  id: idSchema,
  projectId: idSchema,
  taskId: idSchema,
  resourceId: idSchema,
  enteredBy: idSchema,
  date: z.string(),
  /** Minutes worked that day (0–1440). */
  minutes: z.number().int(),
  note: z.string(),
  status: timesheetStatusSchema,
  decidedBy: idSchema.nullable(),
  decidedAt: utcTimestampSchema.nullable(),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type TimesheetEntry = z.infer<typeof timesheetEntrySchema>;
export const timesheetEntryListSchema = listOf(timesheetEntrySchema);

const minutesSchema = z.number().int({ message: 'must be a whole number of minutes' }).min(0).max(1440);

/** Hours a resource worked on a task on a day; a new entry is a draft unless `status: submitted`. */
export const createTimesheetEntryRequestSchema = z.strictObject({
  taskId: idSchema,
  resourceId: idSchema,
  date: calendarDateSchema,
  minutes: minutesSchema,
  note: textInput(1_000).optional(),
  status: z.enum(['draft', 'submitted']).optional(),
});
export type CreateTimesheetEntryRequest = z.input<typeof createTimesheetEntryRequestSchema>;

/**
 * Edit a draft or rejected entry, submit it, or (as a workspace admin or owner) approve or reject a
 * submitted one. An approved entry is actual cost and can no longer be edited.
 */
export const updateTimesheetEntryRequestSchema = z.strictObject({
  version: versionSchema,
  minutes: minutesSchema.optional(),
  note: textInput(1_000).optional(),
  status: timesheetStatusSchema.optional(),
});
export type UpdateTimesheetEntryRequest = z.input<typeof updateTimesheetEntryRequestSchema>;

export const timesheetQuerySchema = z.strictObject({
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  resourceId: idSchema.optional(),
});

export const timesheetEntryParamsSchema = z.strictObject({ entryId: idSchema });
export const taskCostParamsSchema = z.strictObject({ taskId: idSchema });

export const earnedValueQuerySchema = z.strictObject({
  /** Default: the project's status date, else now. */
  statusDate: floatingDateTimeSchema.optional(),
  method: evMethodSchema.optional(),
});

const ratio = z.number().nullable();
const money = z.number().int();

/** Earned value at a status date (PMI definitions), money rounded to minor units. */
export const earnedValueSchema = z.object({
  statusDate: floatingDateTimeSchema,
  method: evMethodSchema,
  currency: z.string(),
  /** Where PV comes from: baseline 0 when set, else the current schedule. */
  baseline: z.enum(['baseline', 'current-schedule']),
  pv: money,
  ev: money,
  ac: money,
  bac: money,
  sv: money,
  cv: money,
  spi: ratio,
  cpi: ratio,
  eac: z.object({
    cpi: money.nullable(),
    atypical: money,
    cpiTimesSpi: money.nullable(),
    bottomUp: money.nullable(),
  }),
  etc: money.nullable(),
  vac: money.nullable(),
  tcpiBac: ratio,
  tcpiEac: ratio,
  /** Earned schedule in weeks from the first baseline week; null before any planned value. */
  earnedSchedule: z
    .object({
      es: z.number(),
      at: z.number(),
      svt: z.number(),
      spit: ratio,
      plannedDuration: z.number(),
      ieact: ratio,
      /** To-complete schedule performance index (PD − ES) / (PD − AT); null once AT ≥ PD. */
      tspi: ratio,
      /** IEAC(t) as a date: whole weeks end on their last working day, a fraction by working time. */
      forecastFinish: floatingDateTimeSchema.nullable(),
    })
    .nullable(),
  /** Weekly S-curve: cumulative PV for every week, cumulative AC up to the status date. */
  series: z.array(z.object({ periodEnd: floatingDateTimeSchema, pv: money, ac: money.nullable() })),
});
export type EarnedValue = z.infer<typeof earnedValueSchema>;
