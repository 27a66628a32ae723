import { z } from 'zod';
import {
  floatingDateTimeSchema,
  idSchema,
  listOf,
  textInput,
  utcTimestampSchema,
  versionSchema,
} from './common';
import { scheduleChangesShape } from './rescheduled';

export const projectStatusSchema = z.enum(['planned', 'active', 'on-hold', 'completed', 'archived']);
export type ProjectStatus = z.infer<typeof projectStatusSchema>;

/** A working period of a day in minutes after midnight (480 = 08:00); `to` may be 1440. */
export const workingRangeSchema = z.strictObject({
  from: z.number().int().min(0).max(1440),
  to: z.number().int().min(0).max(1440),
});

/**
 * The project's base calendar and duration conversion (Microsoft Project's "Calendar options"):
 * which weekdays work (0 = Sunday … 6 = Saturday), the working periods of a working day, and how
 * many working minutes make a day, a week, and how many days a month.
 */
export const projectCalendarSchema = z.strictObject({
  minutesPerDay: z.number().int().min(1).max(1440),
  minutesPerWeek: z.number().int().min(1).max(10080),
  daysPerMonth: z.number().int().min(1).max(31),
  workingDays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
  workingTimes: z
    .array(workingRangeSchema)
    .min(1)
    .max(6)
    .refine((ranges) => ranges.every((r, i) => r.from < r.to && (i === 0 || ranges[i - 1].to <= r.from)), {
      message: 'periods must be ascending and not overlap, each from < to',
    }),
});
export type ProjectCalendar = z.infer<typeof projectCalendarSchema>;

/** Microsoft Project's Standard calendar: Monday–Friday 08:00–12:00 and 13:00–17:00. */
export const DEFAULT_PROJECT_CALENDAR: ProjectCalendar = {
  minutesPerDay: 480,
  minutesPerWeek: 2400,
  daysPerMonth: 20,
  workingDays: [1, 2, 3, 4, 5],
  workingTimes: [
    { from: 480, to: 720 },
    { from: 780, to: 1020 },
  ],
};

export const scheduleFromSchema = z.enum(['start', 'finish']);
export type ScheduleFrom = z.infer<typeof scheduleFromSchema>;

/** An ISO 4217 alphabetic code (three capital letters, e.g. EUR). */
export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code like EUR' });

/** Settings of a project that scheduling reads, shared by create and update. */
const projectSchedulingFields = {
  calendarId: idSchema.nullable().optional(),
  scheduleFrom: scheduleFromSchema.optional(),
  finishDate: floatingDateTimeSchema.nullable().optional(),
  statusDate: floatingDateTimeSchema.nullable().optional(),
  currency: currencySchema.optional(),
};

export const projectSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  name: z.string(),
  description: z.string(),
  /** Project start (floating). */
  start: floatingDateTimeSchema,
  /** Scheduled finish (the latest task finish), floating; null until the project has tasks. */
  finish: floatingDateTimeSchema.nullable(),
  status: projectStatusSchema,
  calendar: projectCalendarSchema,
  /** A workspace calendar giving the working time (null = the embedded `calendar` week). */
  calendarId: idSchema.nullable(),
  /** Schedule forward from `start`, or backward from `finishDate` (Microsoft Project's "Schedule from"). */
  scheduleFrom: scheduleFromSchema,
  /** The fixed project finish when scheduling from the finish (floating), else null. */
  finishDate: floatingDateTimeSchema.nullable(),
  /** Progress is measured at this date (floating); null = none set. */
  statusDate: floatingDateTimeSchema.nullable(),
  /** ISO 4217 currency code of the project's money fields. */
  currency: currencySchema,
  taskCount: z.number().int().min(0),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Project = z.infer<typeof projectSchema>;

/** A project write's answer: the project, and every task its new start, calendar or direction moved. */
export const projectWriteResultSchema = z.object({ project: projectSchema, ...scheduleChangesShape });
export type ProjectWriteResult = z.infer<typeof projectWriteResultSchema>;

export const projectListSchema = listOf(projectSchema);
export type ProjectList = z.infer<typeof projectListSchema>;

const projectNameSchema = textInput(200, { required: true });

export const createProjectRequestSchema = z.strictObject({
  name: projectNameSchema,
  description: textInput(10_000).optional(),
  /** Defaults to the next working day at 08:00 (server time, floating). */
  start: floatingDateTimeSchema.optional(),
  status: projectStatusSchema.optional(),
  calendar: projectCalendarSchema.optional(),
  ...projectSchedulingFields,
});
export type CreateProjectRequest = z.input<typeof createProjectRequestSchema>;

/** Partial update; `version` must be the version last read (stale → 409 with the current project). */
export const updateProjectRequestSchema = z.strictObject({
  version: versionSchema,
  name: projectNameSchema.optional(),
  description: textInput(10_000).optional(),
  start: floatingDateTimeSchema.optional(),
  status: projectStatusSchema.optional(),
  calendar: projectCalendarSchema.optional(),
  ...projectSchedulingFields,
});
export type UpdateProjectRequest = z.input<typeof updateProjectRequestSchema>;

export const projectParamsSchema = z.strictObject({ projectId: idSchema });
export type ProjectParams = z.infer<typeof projectParamsSchema>;
