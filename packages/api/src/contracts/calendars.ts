import { z } from 'zod';
import { idSchema, listOf, textInput, utcTimestampSchema, versionSchema } from './common';
import { workingRangeSchema } from './projects';
import { scheduleChangesShape } from './rescheduled';

// Workspace calendars, as Microsoft Project's "Change Working Time": a default week, exceptions
// (holidays, changed days, recurring rules) and work weeks over date ranges; a derived calendar
// inherits from its base every weekday it leaves null.

const FLOATING_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A floating calendar day `YYYY-MM-DD` (1900–2199). */
export const floatingDateSchema = z
  .string()
  .regex(FLOATING_DATE, { message: 'must be a date YYYY-MM-DD' })
  .refine(
    (text) => {
      const [y, m, d] = text.split('-').map(Number);
      const date = new Date(Date.UTC(y, m - 1, d));
      return y >= 1900 && y <= 2199 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { message: 'is not a valid date between 1900 and 2199' },
  )
  .meta({ format: 'date', example: '2026-12-25' });

/** Working periods of a day, ascending and not overlapping (several shifts allowed). */
const shiftsSchema = z
  .array(workingRangeSchema)
  .max(10)
  .refine((ranges) => ranges.every((r, i) => r.from < r.to && (i === 0 || ranges[i - 1].to <= r.from)), {
    message: 'periods must be ascending and not overlap, each from < to',
  });

/** One day's working time: `working: false` (or no periods) is a day off. */
export const dayWorkingTimeSchema = z
  .strictObject({ working: z.boolean(), ranges: shiftsSchema })
  .refine((day) => !day.working || day.ranges.length > 0, {
    message: 'a working day needs at least one period',
    path: ['ranges'],
  });
export type DayWorkingTimeInput = z.infer<typeof dayWorkingTimeSchema>;

/** Sunday first; null = inherit the weekday from the base calendar (derived calendars only). */
export const calendarWeekSchema = z.array(dayWorkingTimeSchema.nullable()).length(7, {
  message: 'must list 7 days, Sunday first',
});

/** Microsoft Project's recurrence "Details…": daily, weekly, monthly or yearly. */
export const recurrenceSchema = z.strictObject({
  type: z.enum(['daily', 'weekly', 'monthly', 'yearly']),
  interval: z.number().int().min(1).max(999),
  occurrences: z.number().int().min(1).max(999).optional(),
  daysOfWeek: z.array(z.number().int().min(0).max(6)).min(1).max(7).optional(),
  dayOfMonth: z.number().int().min(1).max(31).optional(),
  weekOfMonth: z.number().int().min(1).max(5).optional(),
  dayOfWeek: z.number().int().min(0).max(6).optional(),
  month: z.number().int().min(1).max(12).optional(),
});

/** Changed working time on the days `from`–`to` (inclusive), possibly recurring within them. */
export const calendarExceptionSchema = z
  .strictObject({
    name: textInput(200).optional(),
    from: floatingDateSchema,
    to: floatingDateSchema,
    working: z.boolean(),
    ranges: shiftsSchema,
    recurrence: recurrenceSchema.optional(),
  })
  .refine((e) => e.from <= e.to, { message: 'must not be before from', path: ['to'] })
  .refine((e) => !e.working || e.ranges.length > 0, {
    message: 'a working exception needs at least one period',
    path: ['ranges'],
  });
export type CalendarExceptionInput = z.infer<typeof calendarExceptionSchema>;

/** A week pattern that overrides the default week between two dates. */
export const workWeekSchema = z
  .strictObject({
    name: textInput(200).optional(),
    from: floatingDateSchema,
    to: floatingDateSchema,
    days: calendarWeekSchema,
  })
  .refine((w) => w.from <= w.to, { message: 'must not be before from', path: ['to'] });

export const calendarSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  name: z.string(),
  /** The base this calendar derives from; null for a base calendar. */
  baseCalendarId: idSchema.nullable(),
  week: calendarWeekSchema,
  exceptions: z.array(calendarExceptionSchema),
  workWeeks: z.array(workWeekSchema),
  version: versionSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Calendar = z.infer<typeof calendarSchema>;

export const calendarListSchema = listOf(calendarSchema);
export type CalendarList = z.infer<typeof calendarListSchema>;

const calendarNameSchema = textInput(200, { required: true });

/**
 * A new calendar. A base calendar (no `baseCalendarId`) must give all 7 weekdays; a derived one
 * may leave weekdays null to inherit them. `week` defaults to Monday–Friday 08:00–12:00,
 * 13:00–17:00 for a base calendar and to all-inherited for a derived one.
 */
export const createCalendarRequestSchema = z.strictObject({
  name: calendarNameSchema,
  baseCalendarId: idSchema.nullable().optional(),
  week: calendarWeekSchema.optional(),
  exceptions: z.array(calendarExceptionSchema).max(10_000).optional(),
  workWeeks: z.array(workWeekSchema).max(1_000).optional(),
});
export type CreateCalendarRequest = z.input<typeof createCalendarRequestSchema>;

/** Partial update; `version` is the version last read (stale → 409 with the current calendar). */
export const updateCalendarRequestSchema = z.strictObject({
  version: versionSchema,
  name: calendarNameSchema.optional(),
  baseCalendarId: idSchema.nullable().optional(),
  week: calendarWeekSchema.optional(),
  exceptions: z.array(calendarExceptionSchema).max(10_000).optional(),
  workWeeks: z.array(workWeekSchema).max(1_000).optional(),
});
export type UpdateCalendarRequest = z.input<typeof updateCalendarRequestSchema>;

/** A calendar write's answer: the calendar, and the tasks of every project using it that moved. */
export const calendarWriteResultSchema = z.object({
  calendar: calendarSchema,
  ...scheduleChangesShape,
});
export type CalendarWriteResult = z.infer<typeof calendarWriteResultSchema>;

export const calendarParamsSchema = z.strictObject({ calendarId: idSchema });
export type CalendarParams = z.infer<typeof calendarParamsSchema>;
