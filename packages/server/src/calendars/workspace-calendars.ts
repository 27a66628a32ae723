import type { CalendarDefinition } from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { presentCalendar } from './calendar.presenter';
import { toEngineCalendar } from './calendar-definition';
import { listCalendars } from './calendars.repository';

/** Every calendar of a workspace as engine definitions (projects and resources name them by id). */
export async function loadWorkspaceCalendars(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<CalendarDefinition[]> {
  return (await listCalendars(db, workspaceId)).map((row) => toEngineCalendar(presentCalendar(row)));
}
