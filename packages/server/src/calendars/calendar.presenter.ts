import { type Calendar, calendarExceptionSchema, calendarWeekSchema, workWeekSchema } from '@tandem/api';
import { z } from 'zod';
import type { CalendarRow } from './calendars.repository';

const exceptionsSchema = z.array(calendarExceptionSchema);
const workWeeksSchema = z.array(workWeekSchema);

/**
 * Reads a JSON column written by this server through its api schema; a damaged value is a server
 * fault named by calendar and column, never silently replaced (it would move every date).
 */
function readJson<S extends z.ZodType>(
  row: CalendarRow,
  column: string,
  text: string,
  schema: S,
): z.output<S> {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`calendar ${row.id}: stored ${column} is invalid: ${parsed.error.issues[0]?.message}`);
  }
  return parsed.data;
}

export function presentCalendar(row: CalendarRow): Calendar {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    baseCalendarId: row.base_calendar_id,
    week: readJson(row, 'week', row.week, calendarWeekSchema),
    exceptions: readJson(row, 'exceptions', row.exceptions, exceptionsSchema),
    workWeeks: readJson(row, 'work_weeks', row.work_weeks, workWeeksSchema),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
