import type { Role } from '@tandem/api';
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Database, LinksTable } from '../db/database.types';

// Dependencies between tasks (links.service.ts owns their rules; the scheduler and the demo read them).

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

/** A project's links, by id. */
export async function listLinks(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<LinkRow[]> {
  const rows = await db
    .selectFrom('links')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .execute();
  // sorted here, not by `order by id`: SQLite would then walk the primary key (workspace_id, id)
  // through every link of the workspace (25 ms at 100,000 links) instead of the project index
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The link with the user's role in its workspace; undefined when absent or not the user's. */
export async function findLinkForUser(
  db: Kysely<Database>,
  linkId: string,
  userId: string,
): Promise<(LinkRow & { role: Role }) | undefined> {
  return db
    .selectFrom('links')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'links.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('links')
    .select('memberships.role')
    .where('links.id', '=', linkId)
    .executeTakeFirst();
}

export async function findLink(
  db: Kysely<Database>,
  workspaceId: string,
  linkId: string,
): Promise<LinkRow | undefined> {
  return db
    .selectFrom('links')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', linkId)
    .executeTakeFirst();
}

/** Applies `changes` when the stored version is `expectedVersion`; false when stale. */
export async function updateLinkIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  linkId: string,
  expectedVersion: number,
  changes: Updateable<LinksTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('links')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', linkId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteLink(db: Kysely<Database>, workspaceId: string, linkId: string): Promise<void> {
  await db.deleteFrom('links').where('workspace_id', '=', workspaceId).where('id', '=', linkId).execute();
}
