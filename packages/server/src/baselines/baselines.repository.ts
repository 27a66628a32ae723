import type { Kysely, Selectable } from 'kysely';
import type { Database, TaskBaselinesTable } from '../db/database.types';

export type BaselineRow = Selectable<TaskBaselinesTable>;

/** Rows per INSERT: 8 parameters each stays far below SQLite's limit of bound parameters. */
const CHUNK = 1000;

/** Saves baseline rows, replacing what those tasks held under the same number. */
export async function upsertBaselines(
  db: Kysely<Database>,
  workspaceId: string,
  number: number,
  rows: readonly BaselineRow[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await db
      .deleteFrom('task_baselines')
      .where('workspace_id', '=', workspaceId)
      .where('number', '=', number)
      .where(
        'task_id',
        'in',
        chunk.map((row) => row.task_id),
      )
      .execute();
    await db.insertInto('task_baselines').values(chunk).execute();
  }
}

/** Baseline `number` of a project's tasks, by task id. */
export async function listBaseline(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  number: number,
): Promise<Map<string, BaselineRow>> {
  const rows = await db
    .selectFrom('task_baselines')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .where('number', '=', number)
    .execute();
  return new Map(rows.map((row) => [row.task_id, row]));
}

/** The baselines a project holds: number, how many tasks, when last saved. */
export async function summarizeBaselines(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<{ number: number; taskCount: number; savedAt: string }[]> {
  const rows = await db
    .selectFrom('task_baselines')
    .select((eb) => ['number', eb.fn.countAll().as('n'), eb.fn.max('saved_at').as('saved_at')])
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .groupBy('number')
    .orderBy('number')
    .execute();
  return rows.map((row) => ({ number: Number(row.number), taskCount: Number(row.n), savedAt: row.saved_at }));
}

/** Clears baseline `number` of every task of a project; answers how many rows went. */
export async function clearBaseline(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  number: number,
): Promise<number> {
  const result = await db
    .deleteFrom('task_baselines')
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .where('number', '=', number)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
