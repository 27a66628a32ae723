import type { Kysely, Selectable } from 'kysely';
import type { Database, LinksTable } from '../db/database.types';

// Dependencies between tasks. Routes come with the links issue; the scheduler and the demo use these now.

const LINK_INSERT_CHUNK = 500;

export type LinkRow = Selectable<LinksTable>;

export async function insertLinks(db: Kysely<Database>, rows: readonly LinkRow[]): Promise<void> {
  // chunks keep each statement well under SQLite's and PostgreSQL's bound-parameter limits
  for (let i = 0; i < rows.length; i += LINK_INSERT_CHUNK) {
    await db
      .insertInto('links')
      .values(rows.slice(i, i + LINK_INSERT_CHUNK))
      .execute();
  }
}

export async function listLinks(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<LinkRow[]> {
  return db
    .selectFrom('links')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .orderBy('id')
    .execute();
}
