import type { Kysely, Selectable } from 'kysely';
import type { Database, TaskLevelingDelaysTable } from '../db/database.types';

export type LevelingDelayRow = Selectable<TaskLevelingDelaysTable>;

/** A project's levelling delays: elapsed minutes by task id. */
export async function listLevelingDelays(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('task_leveling_delays')
    .select(['task_id', 'delay_minutes'])
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .execute();
  return new Map(rows.map((row) => [row.task_id, row.delay_minutes]));
}

/** Replaces every levelling delay of a project with `rows` (delays of 0 are not stored). */
export async function replaceLevelingDelays(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  rows: readonly LevelingDelayRow[],
): Promise<void> {
  await db
    .deleteFrom('task_leveling_delays')
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .execute();
  const kept = rows.filter((row) => row.delay_minutes > 0);
  // chunked: SQLite allows at most 32,766 bound parameters per statement
  for (let i = 0; i < kept.length; i += 1000) {
    await db
      .insertInto('task_leveling_delays')
      .values(kept.slice(i, i + 1000))
      .execute();
  }
}

/** Removes the levelling delays of the given tasks of a project. */
export async function deleteLevelingDelays(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  taskIds: readonly string[],
): Promise<void> {
  for (let i = 0; i < taskIds.length; i += 1000) {
    await db
      .deleteFrom('task_leveling_delays')
      .where('workspace_id', '=', workspaceId)
      .where('project_id', '=', projectId)
      .where('task_id', 'in', taskIds.slice(i, i + 1000))
      .execute();
  }
}
