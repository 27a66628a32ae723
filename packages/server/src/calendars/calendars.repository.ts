import type { Role } from '@tandem/api';
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { CalendarsTable, Database } from '../db/database.types';

export type CalendarRow = Selectable<CalendarsTable>;

export async function insertCalendar(db: Kysely<Database>, row: CalendarRow): Promise<void> {
  await db.insertInto('calendars').values(row).execute();
}

/** Every calendar of a workspace, by name. */
export async function listCalendars(db: Kysely<Database>, workspaceId: string): Promise<CalendarRow[]> {
  return db
    .selectFrom('calendars')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function findCalendar(
  db: Kysely<Database>,
  workspaceId: string,
  calendarId: string,
): Promise<CalendarRow | undefined> {
  return db
    .selectFrom('calendars')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', calendarId)
    .executeTakeFirst();
}

/** The calendar with the user's role in its workspace; undefined when absent or not the user's. */
export async function findCalendarForUser(
  db: Kysely<Database>,
  calendarId: string,
  userId: string,
): Promise<(CalendarRow & { role: Role }) | undefined> {
  return db
    .selectFrom('calendars')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'calendars.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('calendars')
    .select('memberships.role')
    .where('calendars.id', '=', calendarId)
    .executeTakeFirst();
}

/** Applies `changes` when the stored version is `expectedVersion`; false when stale. */
export async function updateCalendarIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  calendarId: string,
  expectedVersion: number,
  changes: Updateable<CalendarsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('calendars')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', calendarId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteCalendar(
  db: Kysely<Database>,
  workspaceId: string,
  calendarId: string,
): Promise<void> {
  await db
    .deleteFrom('calendars')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', calendarId)
    .execute();
}

/** Ids of the projects whose working time comes from one of the given calendars. */
export async function projectsUsingCalendars(
  db: Kysely<Database>,
  workspaceId: string,
  calendarIds: readonly string[],
): Promise<string[]> {
  if (calendarIds.length === 0) return [];
  const rows = await db
    .selectFrom('projects')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('calendar_id', 'in', calendarIds)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
