import { z } from 'zod';
import { floatingDateTimeSchema, idSchema, utcTimestampSchema } from './common';

/**
 * Run a Monte Carlo schedule risk analysis of the project: every task without a three-point
 * estimate gets a triangular one from `low` % to `high` % around its duration; open risks linked to
 * tasks are risk events (their probability and schedule impact; opportunities shorten). Seeded:
 * the same plan, request and seed give the same answer.
 */
export const runSimulationRequestSchema = z.strictObject({
  iterations: z.number().int({ message: 'must be a whole number' }).min(100).max(100_000).optional(),
  seed: z
    .number()
    .int({ message: 'must be a whole number' })
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
  uncertainty: z
    .strictObject({
      low: z.number().min(-99).max(0),
      high: z.number().min(0).max(500),
    })
    .optional(),
  includeRisks: z.boolean().optional(),
  /** The probability of finishing by this date is reported. */
  deadline: floatingDateTimeSchema.nullable().optional(),
});
export type RunSimulationRequest = z.input<typeof runSimulationRequestSchema>;

const percentilesSchema = z.object({
  p10: floatingDateTimeSchema,
  p50: floatingDateTimeSchema,
  p80: floatingDateTimeSchema,
  p90: floatingDateTimeSchema,
  mean: floatingDateTimeSchema,
});

export const simulationSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  createdAt: utcTimestampSchema,
  createdBy: idSchema,
  iterations: z.number().int(),
  seed: z.number().int(),
  uncertainty: z.object({ low: z.number(), high: z.number() }),
  /** How many risk events took part. */
  risks: z.number().int(),
  deterministicFinish: floatingDateTimeSchema,
  finish: percentilesSchema,
  deadline: floatingDateTimeSchema.nullable(),
  /** Share of iterations finishing by the deadline (0–1); null without a deadline. */
  deadlineProbability: z.number().min(0).max(1).nullable(),
  /** Finish histogram: bins of dates with the share of iterations at or before each bin's end. */
  histogram: z.array(
    z.object({
      from: floatingDateTimeSchema,
      to: floatingDateTimeSchema,
      count: z.number().int(),
      cumulative: z.number(),
    }),
  ),
  /** Finish P50/P80 of the work linked to each product feature (group id = feature id). */
  groups: z.array(z.object({ id: idSchema, p50: floatingDateTimeSchema, p80: floatingDateTimeSchema })),
  /** Share of iterations in which each task was critical, most critical first (leaf tasks). */
  criticality: z.array(z.object({ taskId: idSchema, index: z.number().min(0).max(1) })),
  /** Tasks whose duration moves the finish most (Pearson r), for the tornado chart. */
  sensitivity: z.array(z.object({ taskId: idSchema, correlation: z.number().min(-1).max(1) })),
});
export type Simulation = z.infer<typeof simulationSchema>;
