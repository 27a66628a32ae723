import type { Kysely, Selectable } from 'kysely';
import type { Database, ReleasesTable } from '../db/database.types';
import type { FeatureRow } from '../features/features.repository';

export type ReleaseRow = Selectable<ReleasesTable>;

/** By target date, undated releases last (sorted here: SQLite and PostgreSQL place nulls apart). */
export async function listReleaseRows(db: Kysely<Database>, workspaceId: string): Promise<ReleaseRow[]> {
  const rows = await db
    .selectFrom('releases')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
  const key = (row: ReleaseRow) => row.target_date ?? '9999-99-99';
  return rows.sort((a, b) => key(a).localeCompare(key(b)));
}

export async function findRelease(
  db: Kysely<Database>,
  workspaceId: string,
  releaseId: string,
): Promise<ReleaseRow | undefined> {
  return db
    .selectFrom('releases')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', releaseId)
    .executeTakeFirst();
}

/** The release with the user's role in its workspace; undefined when absent or not the user's. */
export async function findReleaseForUser(
  db: Kysely<Database>,
  releaseId: string,
  userId: string,
): Promise<(ReleaseRow & { role: string }) | undefined> {
  return db
    .selectFrom('releases')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'releases.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('releases')
    .select('memberships.role')
    .where('releases.id', '=', releaseId)
    .executeTakeFirst();
}

export async function insertRelease(db: Kysely<Database>, row: ReleaseRow): Promise<void> {
  await db.insertInto('releases').values(row).execute();
}

export async function updateReleaseIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  releaseId: string,
  version: number,
  changes: Partial<ReleaseRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('releases')
    .set({ ...changes, version: version + 1 })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', releaseId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes a release; its features stay in the backlog, unassigned. Answers those features' ids. */
export async function deleteRelease(
  db: Kysely<Database>,
  workspaceId: string,
  releaseId: string,
): Promise<string[]> {
  const features = await db
    .selectFrom('features')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('release_id', '=', releaseId)
    .execute();
  await db
    .updateTable('features')
    .set({ release_id: null })
    .where('workspace_id', '=', workspaceId)
    .where('release_id', '=', releaseId)
    .execute();
  await db
    .deleteFrom('releases')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', releaseId)
    .execute();
  return features.map((f) => f.id);
}

/** The features of the given releases, in rank order. */
export async function listReleaseFeatureRows(
  db: Kysely<Database>,
  workspaceId: string,
  releaseIds: readonly string[],
): Promise<FeatureRow[]> {
  if (releaseIds.length === 0) return [];
  return db
    .selectFrom('features')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('release_id', 'in', [...releaseIds])
    .orderBy('rank')
    .orderBy('id')
    .execute();
}
