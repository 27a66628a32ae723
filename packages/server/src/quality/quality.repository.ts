import type { Insertable, Kysely, Selectable } from 'kysely';
import type { AcceptanceCriteriaTable, Database, QualityGatesTable } from '../db/database.types';

export type CriterionRow = Selectable<AcceptanceCriteriaTable>;
export type GateRow = Selectable<QualityGatesTable>;

export async function listCriteria(
  db: Kysely<Database>,
  workspaceId: string,
  taskId: string,
): Promise<CriterionRow[]> {
  return db
    .selectFrom('acceptance_criteria')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('task_id', '=', taskId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function insertCriterion(
  db: Kysely<Database>,
  row: Insertable<AcceptanceCriteriaTable>,
): Promise<void> {
  await db.insertInto('acceptance_criteria').values(row).execute();
}

export async function findCriterionWorkspace(
  db: Kysely<Database>,
  criterionId: string,
): Promise<{ workspace_id: string; task_id: string } | undefined> {
  return db
    .selectFrom('acceptance_criteria')
    .select(['workspace_id', 'task_id'])
    .where('id', '=', criterionId)
    .executeTakeFirst();
}

export async function findCriterion(
  db: Kysely<Database>,
  workspaceId: string,
  criterionId: string,
): Promise<CriterionRow | undefined> {
  return db
    .selectFrom('acceptance_criteria')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', criterionId)
    .executeTakeFirst();
}

export async function updateCriterionIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  criterionId: string,
  version: number,
  changes: Partial<Pick<CriterionRow, 'text' | 'checked' | 'checked_by' | 'checked_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('acceptance_criteria')
    .set({ ...changes, version: version + 1 })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', criterionId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteCriterion(
  db: Kysely<Database>,
  workspaceId: string,
  criterionId: string,
): Promise<void> {
  await db
    .deleteFrom('acceptance_criteria')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', criterionId)
    .execute();
}

export async function findGate(
  db: Kysely<Database>,
  workspaceId: string,
  taskId: string,
): Promise<GateRow | undefined> {
  return db
    .selectFrom('quality_gates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('task_id', '=', taskId)
    .executeTakeFirst();
}

export async function insertGate(db: Kysely<Database>, row: Insertable<QualityGatesTable>): Promise<void> {
  await db.insertInto('quality_gates').values(row).execute();
}

export async function updateGateIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  taskId: string,
  version: number,
  changes: Partial<Pick<GateRow, 'approver_id' | 'signed_off_by' | 'signed_off_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('quality_gates')
    .set({ ...changes, version: version + 1 })
    .where('workspace_id', '=', workspaceId)
    .where('task_id', '=', taskId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteGate(db: Kysely<Database>, workspaceId: string, taskId: string): Promise<void> {
  await db
    .deleteFrom('quality_gates')
    .where('workspace_id', '=', workspaceId)
    .where('task_id', '=', taskId)
    .execute();
}
