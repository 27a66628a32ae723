import type { Role } from '@tandem/api';
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database, TasksTable } from '../db/database.types';
import { preparedQuery } from '../db/prepared-query';

export type TaskRow = Selectable<TasksTable>;
export type NewTaskRow = Insertable<TasksTable>;

/** What a task holds before its first schedule and without progress (the columns' defaults). */
export const UNSCHEDULED_TASK = {
  priority: 500,
  actual_start: null,
  actual_finish: null,
  actual_duration: null,
  remaining_duration: null,
} as const satisfies Partial<TaskRow>;

export async function insertTask(db: Kysely<Database>, row: NewTaskRow): Promise<void> {
  await db.insertInto('tasks').values(row).execute();
}

/** Every task of a project (unordered: see buildOutline). */
export async function listTasks(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<TaskRow[]> {
  return db
    .selectFrom('tasks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .execute();
}

/** The task with the user's role in its workspace; undefined when absent or not the user's. */
const taskForUser = preparedQuery((db, taskId: string, userId: string) =>
  db
    .selectFrom('tasks')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'tasks.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('tasks')
    .select('memberships.role')
    .where('tasks.id', '=', taskId),
);

export async function findTaskForUser(
  db: Kysely<Database>,
  taskId: string,
  userId: string,
): Promise<(TaskRow & { role: Role }) | undefined> {
  return (await taskForUser(db, taskId, userId))[0];
}

/**
 * Where a task is (its workspace and project), the user's role there and the project's
 * `plan_stamp`: one narrow read for a task view, which then presents the task from the scheduler
 * cache's outline when the stamp says it is current. Undefined when absent or not the user's.
 */
const taskPlace = preparedQuery((db, taskId: string, userId: string) =>
  db
    .selectFrom('tasks')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'tasks.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .innerJoin('projects', (join) =>
      join
        .onRef('projects.workspace_id', '=', 'tasks.workspace_id')
        .onRef('projects.id', '=', 'tasks.project_id'),
    )
    .select(['tasks.id', 'tasks.workspace_id', 'tasks.project_id', 'memberships.role', 'projects.plan_stamp'])
    .where('tasks.id', '=', taskId),
);

export async function findTaskPlace(
  db: Kysely<Database>,
  taskId: string,
  userId: string,
): Promise<
  { id: string; workspace_id: string; project_id: string; role: Role; plan_stamp: string | null } | undefined
> {
  return (await taskPlace(db, taskId, userId))[0];
}

const taskById = preparedQuery((db, workspaceId: string, taskId: string) =>
  db.selectFrom('tasks').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', taskId),
);

export async function findTask(
  db: Kysely<Database>,
  workspaceId: string,
  taskId: string,
): Promise<TaskRow | undefined> {
  return (await taskById(db, workspaceId, taskId))[0];
}

/** Applies `changes` when the stored version is `expectedVersion`; false when stale. */
export async function updateTaskIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  taskId: string,
  expectedVersion: number,
  changes: Updateable<TasksTable>,
): Promise<TaskRow | undefined> {
  // Kysely leaves out columns set to undefined: so does the compiled statement
  const columns = (Object.keys(changes) as (keyof TasksTable)[]).filter((c) => changes[c] !== undefined);
  const update = taskUpdateFor(columns);
  const values = columns.map((column) => changes[column]);
  return (await update(db, workspaceId, taskId, expectedVersion, ...values))[0];
}

type TaskUpdate = (
  db: Kysely<Database>,
  workspaceId: string,
  taskId: string,
  expectedVersion: number,
  ...values: unknown[]
) => Promise<TaskRow[]>;

/** Versioned task updates, compiled once per set of columns (a task edit sets the same few). */
const taskUpdates = new Map<string, TaskUpdate>();

function taskUpdateFor(columns: readonly (keyof TasksTable)[]): TaskUpdate {
  const key = columns.join(',');
  let update = taskUpdates.get(key);
  if (!update) {
    update = preparedQuery((db, workspaceId: string, taskId: string, expectedVersion: number, ...values) =>
      db
        .updateTable('tasks')
        .set(Object.fromEntries(columns.map((column, i) => [column, values[i]])) as Updateable<TasksTable>)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', taskId)
        .where('version', '=', expectedVersion)
        .returningAll(),
    );
    taskUpdates.set(key, update);
  }
  return update;
}

/** Sets the positions of the given siblings to 0, 1, 2… in the order given. */
export async function writePositions(
  db: Kysely<Database>,
  workspaceId: string,
  orderedIds: readonly string[],
  current: ReadonlyMap<string, number>,
): Promise<void> {
  for (const [index, id] of orderedIds.entries()) {
    if (current.get(id) === index) continue;
    await db
      .updateTable('tasks')
      .set({ position: index })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }
}

/** Deletes the tasks (their links go by cascade; the caller passes the whole subtree). */
export async function deleteTasks(
  db: Kysely<Database>,
  workspaceId: string,
  taskIds: readonly string[],
): Promise<void> {
  if (taskIds.length === 0) return;
  await db
    .deleteFrom('links')
    .where('workspace_id', '=', workspaceId)
    .where('predecessor_id', 'in', taskIds)
    .execute();
  await db
    .deleteFrom('links')
    .where('workspace_id', '=', workspaceId)
    .where('successor_id', 'in', taskIds)
    .execute();
  await db
    .updateTable('tasks')
    .set({ parent_id: null })
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', taskIds)
    .execute();
  await db.deleteFrom('tasks').where('workspace_id', '=', workspaceId).where('id', 'in', taskIds).execute();
}

/**
 * Makes `taskIds` subtasks of `parentId`, numbered from `firstPosition` in the order given, each
 * with a new version (its place in the outline changed).
 */
export async function adoptTasks(
  db: Kysely<Database>,
  workspaceId: string,
  parentId: string,
  taskIds: readonly string[],
  firstPosition: number,
  updatedAt: string,
): Promise<void> {
  for (const [index, id] of taskIds.entries()) {
    await db
      .updateTable('tasks')
      .set((eb) => ({
        parent_id: parentId,
        position: firstPosition + index,
        version: eb('version', '+', 1),
        updated_at: updatedAt,
      }))
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }
}
