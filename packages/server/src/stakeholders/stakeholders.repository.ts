import type { Kysely, Selectable } from 'kysely';
import type { Database, StakeholdersTable } from '../db/database.types';

export type StakeholderRow = Selectable<StakeholdersTable>;

export async function listStakeholderRows(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<StakeholderRow[]> {
  return db
    .selectFrom('stakeholders')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('power', 'desc')
    .orderBy('interest', 'desc')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function findStakeholder(
  db: Kysely<Database>,
  workspaceId: string,
  stakeholderId: string,
): Promise<StakeholderRow | undefined> {
  return db
    .selectFrom('stakeholders')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', stakeholderId)
    .executeTakeFirst();
}

/** The stakeholder with the user's role in its workspace; undefined when absent or not the user's. */
export async function findStakeholderForUser(
  db: Kysely<Database>,
  stakeholderId: string,
  userId: string,
): Promise<(StakeholderRow & { role: string }) | undefined> {
  return db
    .selectFrom('stakeholders')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'stakeholders.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('stakeholders')
    .select('memberships.role')
    .where('stakeholders.id', '=', stakeholderId)
    .executeTakeFirst();
}

export async function updateStakeholderIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  stakeholderId: string,
  version: number,
  changes: Partial<StakeholderRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('stakeholders')
    .set({ ...changes, version: version + 1 })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', stakeholderId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
