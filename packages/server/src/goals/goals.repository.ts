import type { Kysely, Selectable } from 'kysely';
import type {
  Database,
  KeyResultCheckInsTable,
  KeyResultsTable,
  ObjectivesTable,
} from '../db/database.types';

export type ObjectiveRow = Selectable<ObjectivesTable>;
export type KeyResultRow = Selectable<KeyResultsTable>;
export type CheckInRow = Selectable<KeyResultCheckInsTable>;

export async function listObjectiveRows(db: Kysely<Database>, workspaceId: string): Promise<ObjectiveRow[]> {
  return db
    .selectFrom('objectives')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findObjective(
  db: Kysely<Database>,
  workspaceId: string,
  goalId: string,
): Promise<ObjectiveRow | undefined> {
  return db
    .selectFrom('objectives')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', goalId)
    .executeTakeFirst();
}

/** The objective with the user's role in its workspace; undefined when absent or not the user's. */
export async function findObjectiveForUser(
  db: Kysely<Database>,
  goalId: string,
  userId: string,
): Promise<(ObjectiveRow & { role: string }) | undefined> {
  return db
    .selectFrom('objectives')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'objectives.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('objectives')
    .select('memberships.role')
    .where('objectives.id', '=', goalId)
    .executeTakeFirst();
}

/** The key result with the user's role in its workspace. */
export async function findKeyResultForUser(
  db: Kysely<Database>,
  keyResultId: string,
  userId: string,
): Promise<(KeyResultRow & { role: string }) | undefined> {
  return db
    .selectFrom('key_results')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'key_results.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('key_results')
    .select('memberships.role')
    .where('key_results.id', '=', keyResultId)
    .executeTakeFirst();
}

export async function listKeyResultRows(
  db: Kysely<Database>,
  workspaceId: string,
  goalIds: readonly string[],
): Promise<KeyResultRow[]> {
  if (goalIds.length === 0) return [];
  return db
    .selectFrom('key_results')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('objective_id', 'in', [...goalIds])
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function listGoalFeatureIds(
  db: Kysely<Database>,
  workspaceId: string,
  goalIds: readonly string[],
): Promise<{ goal_id: string; feature_id: string }[]> {
  if (goalIds.length === 0) return [];
  return db
    .selectFrom('feature_goals')
    .select(['goal_id', 'feature_id'])
    .where('workspace_id', '=', workspaceId)
    .where('goal_id', 'in', [...goalIds])
    .orderBy('feature_id')
    .execute();
}

export async function updateObjectiveIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  goalId: string,
  version: number,
  changes: Partial<ObjectiveRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('objectives')
    .set({ ...changes, version: version + 1 })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', goalId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes key results and their check-ins. */
export async function deleteKeyResults(
  db: Kysely<Database>,
  workspaceId: string,
  keyResultIds: readonly string[],
): Promise<void> {
  if (keyResultIds.length === 0) return;
  await db
    .deleteFrom('key_result_check_ins')
    .where('workspace_id', '=', workspaceId)
    .where('key_result_id', 'in', [...keyResultIds])
    .execute();
  await db
    .deleteFrom('key_results')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', [...keyResultIds])
    .execute();
}

/** Removes an objective with its key results and check-ins; features stop serving it. */
export async function deleteObjective(
  db: Kysely<Database>,
  workspaceId: string,
  goalId: string,
): Promise<void> {
  const krs = await listKeyResultRows(db, workspaceId, [goalId]);
  await deleteKeyResults(
    db,
    workspaceId,
    krs.map((k) => k.id),
  );
  await db
    .deleteFrom('feature_goals')
    .where('workspace_id', '=', workspaceId)
    .where('goal_id', '=', goalId)
    .execute();
  await db
    .deleteFrom('objectives')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', goalId)
    .execute();
}

export async function listCheckInRows(
  db: Kysely<Database>,
  workspaceId: string,
  keyResultId: string,
): Promise<CheckInRow[]> {
  return db
    .selectFrom('key_result_check_ins')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('key_result_id', '=', keyResultId)
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
