import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, RiskActionsTable, RiskHistoryTable, RisksTable } from '../db/database.types';

export type RiskRow = Selectable<RisksTable>;
export type RiskActionRow = Selectable<RiskActionsTable>;
export type RiskHistoryRow = Selectable<RiskHistoryTable>;

export async function insertRisk(db: Kysely<Database>, row: Insertable<RisksTable>): Promise<void> {
  await db.insertInto('risks').values(row).execute();
}

export async function nextRiskNumber(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<number> {
  const row = await db
    .selectFrom('risks')
    .select((eb) => eb.fn.max('number').as('last'))
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function listRisks(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<RiskRow[]> {
  return db
    .selectFrom('risks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .orderBy('number')
    .execute();
}

export async function findRisk(
  db: Kysely<Database>,
  workspaceId: string,
  riskId: string,
): Promise<RiskRow | undefined> {
  return db
    .selectFrom('risks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', riskId)
    .executeTakeFirst();
}

/** The risk and the caller's role, when the caller is a member of its workspace. */
export async function findRiskForUser(
  db: Kysely<Database>,
  riskId: string,
  userId: string,
): Promise<(RiskRow & { role: string }) | undefined> {
  return db
    .selectFrom('risks')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'risks.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('risks')
    .select('memberships.role')
    .where('risks.id', '=', riskId)
    .executeTakeFirst();
}

/** Writes the changed columns when the stored version is `version`; answers whether it did. */
export async function updateRiskIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  riskId: string,
  version: number,
  changes: Partial<Omit<RiskRow, 'workspace_id' | 'id' | 'project_id' | 'number' | 'version' | 'created_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('risks')
    .set({ ...changes, version: version + 1 })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', riskId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteRisk(db: Kysely<Database>, workspaceId: string, riskId: string): Promise<void> {
  // children first: SQLite enforces the cascades only with foreign_keys on, PostgreSQL always
  for (const table of ['risk_history', 'risk_actions', 'risk_tasks'] as const) {
    await db
      .deleteFrom(table)
      .where('workspace_id', '=', workspaceId)
      .where('risk_id', '=', riskId)
      .execute();
  }
  await db.deleteFrom('risks').where('workspace_id', '=', workspaceId).where('id', '=', riskId).execute();
}

/** Task ids linked to each of the given risks. */
export async function listRiskTasks(
  db: Kysely<Database>,
  workspaceId: string,
  riskIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (riskIds.length === 0) return out;
  const rows = await db
    .selectFrom('risk_tasks')
    .select(['risk_id', 'task_id'])
    .where('workspace_id', '=', workspaceId)
    .where('risk_id', 'in', riskIds)
    .orderBy('task_id')
    .execute();
  for (const row of rows) {
    const list = out.get(row.risk_id) ?? [];
    list.push(row.task_id);
    out.set(row.risk_id, list);
  }
  return out;
}

export async function replaceRiskTasks(
  db: Kysely<Database>,
  workspaceId: string,
  riskId: string,
  taskIds: readonly string[],
): Promise<void> {
  await db
    .deleteFrom('risk_tasks')
    .where('workspace_id', '=', workspaceId)
    .where('risk_id', '=', riskId)
    .execute();
  if (taskIds.length === 0) return;
  await db
    .insertInto('risk_tasks')
    .values(taskIds.map((task_id) => ({ workspace_id: workspaceId, risk_id: riskId, task_id })))
    .execute();
}

export async function listRiskActions(
  db: Kysely<Database>,
  workspaceId: string,
  riskIds: readonly string[],
): Promise<Map<string, RiskActionRow[]>> {
  const out = new Map<string, RiskActionRow[]>();
  if (riskIds.length === 0) return out;
  const rows = await db
    .selectFrom('risk_actions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('risk_id', 'in', riskIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const list = out.get(row.risk_id) ?? [];
    list.push(row);
    out.set(row.risk_id, list);
  }
  return out;
}

export async function insertRiskAction(
  db: Kysely<Database>,
  row: Insertable<RiskActionsTable>,
): Promise<void> {
  await db.insertInto('risk_actions').values(row).execute();
}

export async function findRiskAction(
  db: Kysely<Database>,
  workspaceId: string,
  actionId: string,
): Promise<RiskActionRow | undefined> {
  return db
    .selectFrom('risk_actions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', actionId)
    .executeTakeFirst();
}

/** The action's workspace (to check membership), found by id alone. */
export async function findRiskActionWorkspace(
  db: Kysely<Database>,
  actionId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('risk_actions')
    .select('workspace_id')
    .where('id', '=', actionId)
    .executeTakeFirst();
  return row?.workspace_id;
}

export async function updateRiskActionIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  actionId: string,
  version: number,
  changes: Partial<Pick<RiskActionRow, 'title' | 'owner_id' | 'due_date' | 'done' | 'updated_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('risk_actions')
    .set({ ...changes, version: version + 1 })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', actionId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteRiskAction(
  db: Kysely<Database>,
  workspaceId: string,
  actionId: string,
): Promise<void> {
  await db
    .deleteFrom('risk_actions')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', actionId)
    .execute();
}

export async function insertRiskHistory(
  db: Kysely<Database>,
  row: Insertable<RiskHistoryTable>,
): Promise<void> {
  await db.insertInto('risk_history').values(row).execute();
}

export async function listRiskHistory(
  db: Kysely<Database>,
  workspaceId: string,
  riskId: string,
): Promise<RiskHistoryRow[]> {
  return db
    .selectFrom('risk_history')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('risk_id', '=', riskId)
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
}
