import { z } from 'zod';
import { floatingDateTimeSchema, idSchema } from './common';
import { scheduleChangesShape } from './rescheduled';

/** The bucket size of the workload view. */
export const workloadPeriodSchema = z.enum(['day', 'week']);
export type WorkloadPeriod = z.infer<typeof workloadPeriodSchema>;

/**
 * `from` (inclusive) and `to` (exclusive) are floating date-times; they are snapped to the start
 * of their day (week: Monday). Defaults: the project's start and finish. At most 1,000 periods.
 */
export const workloadQuerySchema = z.strictObject({
  from: floatingDateTimeSchema.optional(),
  to: floatingDateTimeSchema.optional(),
  period: workloadPeriodSchema.optional(),
});
export type WorkloadQuery = z.input<typeof workloadQuerySchema>;

/** One period of one resource: minutes of assigned work and of working time at max units. */
export const workloadCellSchema = z.object({
  /** Assigned work in the period, minutes. */
  work: z.number().int().min(0),
  /** Working minutes of the resource's calendar in the period × max units. */
  capacity: z.number().int().min(0),
  /** The resource is loaded beyond its max units at some moment of the period. */
  overallocated: z.boolean(),
});
export type WorkloadCell = z.infer<typeof workloadCellSchema>;

/** A span where a resource is loaded beyond its max units (units in percent). */
export const overallocationSchema = z.object({
  resourceId: idSchema,
  from: floatingDateTimeSchema,
  to: floatingDateTimeSchema,
  peakUnits: z.number(),
  maxUnits: z.number(),
  taskIds: z.array(idSchema),
});
export type Overallocation = z.infer<typeof overallocationSchema>;

export const workloadSchema = z.object({
  period: workloadPeriodSchema,
  /** Start of each period (floating); a period runs to the next one's start, the last to `to`. */
  periods: z.array(floatingDateTimeSchema),
  from: floatingDateTimeSchema,
  to: floatingDateTimeSchema,
  /** Work resources assigned in the project, by name. */
  resources: z.array(
    z.object({
      resourceId: idSchema,
      name: z.string(),
      /** One cell per period. */
      cells: z.array(workloadCellSchema),
    }),
  ),
  /** Every overallocation in the project, whatever the window. */
  overallocations: z.array(overallocationSchema),
});
export type Workload = z.infer<typeof workloadSchema>;

/** Microsoft Project's levelling options. */
export const levelRequestSchema = z.strictObject({
  /** Default `standard`. */
  order: z.enum(['id', 'standard', 'priority']).optional(),
  /** Never move the project finish. Default false. */
  withinSlack: z.boolean().optional(),
  /** Clear existing levelling delays first. Default true. */
  clearExisting: z.boolean().optional(),
  /** Level only these resources. */
  resourceIds: z.array(idSchema).min(1).max(10_000).optional(),
  /** Search budget in generated schedules (default 2,000; 1 = a single pass). */
  schedules: z.number().int().min(1).max(100_000).optional(),
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
});
export type LevelRequest = z.input<typeof levelRequestSchema>;

export const levelingDelaySchema = z.object({
  taskId: idSchema,
  /** Elapsed minutes. */
  delayMinutes: z.number().int().min(0),
  from: floatingDateTimeSchema,
  to: floatingDateTimeSchema,
});
export type LevelingDelay = z.infer<typeof levelingDelaySchema>;

export const levelResultSchema = z.object({
  /** Every task that now carries a levelling delay, in task order. */
  delays: z.array(levelingDelaySchema),
  /** Overallocations the levelling could not remove, and why. */
  remaining: z.array(
    overallocationSchema.extend({
      reason: z.enum(['assignment exceeds max units', 'outside slack', 'fixed task', 'task not levelled']),
    }),
  ),
  finishBefore: floatingDateTimeSchema,
  finishAfter: floatingDateTimeSchema,
  ...scheduleChangesShape,
});
export type LevelResult = z.infer<typeof levelResultSchema>;

/** Clear levelling delays of every task, or of `taskIds` only. */
export const clearLevelingRequestSchema = z.strictObject({
  taskIds: z.array(idSchema).min(1).max(100_000).optional(),
});
export type ClearLevelingRequest = z.input<typeof clearLevelingRequestSchema>;

export const clearLevelingResultSchema = z.object({
  /** Tasks whose levelling delay was removed. */
  clearedTaskIds: z.array(idSchema),
  ...scheduleChangesShape,
});
export type ClearLevelingResult = z.infer<typeof clearLevelingResultSchema>;
