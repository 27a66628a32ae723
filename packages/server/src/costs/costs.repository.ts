import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, TimesheetEntriesTable } from '../db/database.types';

export type TimesheetEntryRow = Selectable<TimesheetEntriesTable>;

export interface TaskCostRow {
  readonly taskId: string;
  readonly fixedCostMinor: number;
  readonly budgetMinor: number | null;
  readonly version: number;
}

const toNumber = (value: number | string | null): number | null => (value === null ? null : Number(value));

export async function listTaskCosts(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<Map<string, TaskCostRow>> {
  const rows = await db
    .selectFrom('task_costs')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .execute();
  return new Map(
    rows.map((row) => [
      row.task_id,
      {
        taskId: row.task_id,
        fixedCostMinor: Number(row.fixed_cost_minor),
        budgetMinor: toNumber(row.budget_minor),
        version: row.version,
      },
    ]),
  );
}

/** Writes a task's cost when its stored version is `version` (a task never costed is at version 1). */
export async function upsertTaskCostIfVersion(
  db: Kysely<Database>,
  row: {
    workspaceId: string;
    projectId: string;
    taskId: string;
    fixedCostMinor: number;
    budgetMinor: number | null;
  },
  version: number,
  now: string,
): Promise<boolean> {
  const existing = await db
    .selectFrom('task_costs')
    .select('version')
    .where('workspace_id', '=', row.workspaceId)
    .where('task_id', '=', row.taskId)
    .executeTakeFirst();
  if (!existing) {
    if (version !== 1) return false;
    await db
      .insertInto('task_costs')
      .values({
        workspace_id: row.workspaceId,
        task_id: row.taskId,
        project_id: row.projectId,
        fixed_cost_minor: row.fixedCostMinor,
        budget_minor: row.budgetMinor,
        version: 2,
        updated_at: now,
      })
      .execute();
    return true;
  }
  const result = await db
    .updateTable('task_costs')
    .set({
      fixed_cost_minor: row.fixedCostMinor,
      budget_minor: row.budgetMinor,
      version: version + 1,
      updated_at: now,
    })
    .where('workspace_id', '=', row.workspaceId)
    .where('task_id', '=', row.taskId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface CostSettings {
  readonly budgetMinor: number | null;
  readonly evMethod: string;
  readonly version: number;
}

export async function findCostSettings(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<CostSettings> {
  const row = await db
    .selectFrom('project_cost_settings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  // a project never configured: no budget, Microsoft Project's earning rule, version 1
  return row
    ? { budgetMinor: toNumber(row.budget_minor), evMethod: row.ev_method, version: row.version }
    : { budgetMinor: null, evMethod: 'duration', version: 1 };
}

export async function upsertCostSettingsIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  settings: { budgetMinor: number | null; evMethod: string },
  version: number,
  now: string,
): Promise<boolean> {
  const existing = await db
    .selectFrom('project_cost_settings')
    .select('version')
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  if (!existing) {
    if (version !== 1) return false;
    await db
      .insertInto('project_cost_settings')
      .values({
        workspace_id: workspaceId,
        project_id: projectId,
        budget_minor: settings.budgetMinor,
        ev_method: settings.evMethod,
        version: 2,
        updated_at: now,
      })
      .execute();
    return true;
  }
  const result = await db
    .updateTable('project_cost_settings')
    .set({
      budget_minor: settings.budgetMinor,
      ev_method: settings.evMethod,
      version: version + 1,
      updated_at: now,
    })
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listTimesheetEntries(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  filter: { from?: string; to?: string; resourceId?: string; status?: string } = {},
): Promise<TimesheetEntryRow[]> {
  let query = db
    .selectFrom('timesheet_entries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId);
  if (filter.from) query = query.where('work_date', '>=', filter.from);
  if (filter.to) query = query.where('work_date', '<=', filter.to);
  if (filter.resourceId) query = query.where('resource_id', '=', filter.resourceId);
  if (filter.status) query = query.where('status', '=', filter.status);
  return query.orderBy('work_date').orderBy('id').execute();
}

export async function insertTimesheetEntry(
  db: Kysely<Database>,
  row: Insertable<TimesheetEntriesTable>,
): Promise<void> {
  await db.insertInto('timesheet_entries').values(row).execute();
}

export async function findTimesheetEntryForUser(
  db: Kysely<Database>,
  entryId: string,
  userId: string,
): Promise<(TimesheetEntryRow & { role: string }) | undefined> {
  return db
    .selectFrom('timesheet_entries')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'timesheet_entries.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('timesheet_entries')
    .select('memberships.role')
    .where('timesheet_entries.id', '=', entryId)
    .executeTakeFirst();
}

export async function findTimesheetEntry(
  db: Kysely<Database>,
  workspaceId: string,
  entryId: string,
): Promise<TimesheetEntryRow | undefined> {
  return db
    .selectFrom('timesheet_entries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', entryId)
    .executeTakeFirst();
}

export async function updateTimesheetEntryIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  entryId: string,
  version: number,
  changes: Partial<
    Pick<TimesheetEntryRow, 'minutes' | 'note' | 'status' | 'decided_by' | 'decided_at' | 'updated_at'>
  >,
): Promise<boolean> {
  const result = await db
    .updateTable('timesheet_entries')
    .set({ ...changes, version: version + 1 })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', entryId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteTimesheetEntry(
  db: Kysely<Database>,
  workspaceId: string,
  entryId: string,
): Promise<void> {
  await db
    .deleteFrom('timesheet_entries')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', entryId)
    .execute();
}
