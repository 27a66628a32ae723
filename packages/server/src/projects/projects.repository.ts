import type { Role } from '@tandem/api';
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database, ProjectsTable } from '../db/database.types';
import { preparedQuery } from '../db/prepared-query';

export type ProjectRow = Selectable<ProjectsTable>;
export type ProjectWithCountRow = ProjectRow & { task_count: number };

export async function insertProject(db: Kysely<Database>, row: Insertable<ProjectsTable>): Promise<void> {
  await db.insertInto('projects').values(row).execute();
}

/** Projects of one workspace with their task counts, newest first. */
export async function listProjects(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<ProjectWithCountRow[]> {
  const rows = await db
    .selectFrom('projects')
    .selectAll('projects')
    .select((eb) =>
      eb
        .selectFrom('tasks')
        .select(eb.fn.countAll().as('n'))
        .whereRef('tasks.workspace_id', '=', 'projects.workspace_id')
        .whereRef('tasks.project_id', '=', 'projects.id')
        .as('task_count'),
    )
    .where('projects.workspace_id', '=', workspaceId)
    .orderBy('projects.created_at', 'desc')
    .orderBy('projects.id', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, task_count: Number(r.task_count ?? 0) }));
}

/**
 * The project with the user's role in its workspace, or undefined when it is absent or the user
 * is not a member: the join on memberships is the access filter (by workspace_id).
 */
export async function findProjectForUser(
  db: Kysely<Database>,
  projectId: string,
  userId: string,
): Promise<(ProjectRow & { role: Role }) | undefined> {
  return (await projectForUser(db, userId, projectId))[0];
}

// Every project route and task edit starts here: compiled once (see preparedQuery).
const projectForUser = preparedQuery((db, userId: string, projectId: string) =>
  db
    .selectFrom('projects')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'projects.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('projects')
    .select('memberships.role')
    .where('projects.id', '=', projectId),
);

const projectById = preparedQuery((db, workspaceId: string, projectId: string) =>
  db.selectFrom('projects').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', projectId),
);

export async function findProject(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<ProjectRow | undefined> {
  return (await projectById(db, workspaceId, projectId))[0];
}

export async function countTasks(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<number> {
  const row = await db
    .selectFrom('tasks')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Applies `changes` when the stored version is `expectedVersion`; false when it is not (stale). */
export async function updateProjectIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  expectedVersion: number,
  changes: Updateable<ProjectsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('projects')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', projectId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Takes the project's row lock for the rest of the transaction (an UPDATE locks on PostgreSQL;
 * SQLite has a single writer anyway), so concurrent task writes of one project run one by one.
 * Answers the project's row as locked (undefined when absent).
 */
export async function lockProject(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<ProjectRow | undefined> {
  return (await projectLock(db, workspaceId, projectId))[0];
}

const projectLock = preparedQuery((db, workspaceId: string, projectId: string) =>
  db
    .updateTable('projects')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', projectId)
    .returningAll(),
);

export async function setProjectFinish(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  finish: string | null,
): Promise<void> {
  await db
    .updateTable('projects')
    .set({ finish })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', projectId)
    .execute();
}

/**
 * Records a reschedule on the project row: a new `plan_stamp` (see migration 0007), and the
 * scheduled finish when it moved. One statement, in the rescheduling write's transaction.
 */
export async function stampProjectPlan(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  planStamp: string,
  finish?: string | null,
): Promise<void> {
  if (finish === undefined) await stampOnly(db, workspaceId, projectId, planStamp);
  else await stampAndFinish(db, workspaceId, projectId, planStamp, finish);
}

const stampOnly = preparedQuery((db, workspaceId: string, projectId: string, planStamp: string) =>
  db
    .updateTable('projects')
    .set({ plan_stamp: planStamp })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', projectId),
);

const stampAndFinish = preparedQuery(
  (db, workspaceId: string, projectId: string, planStamp: string, finish: string | null) =>
    db
      .updateTable('projects')
      .set({ plan_stamp: planStamp, finish })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', projectId),
);

export async function deleteProject(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<void> {
  // links and tasks go by ON DELETE CASCADE; delete them explicitly first anyway so the order
  // never depends on how a dialect orders cascades through self-referencing tasks
  await db
    .deleteFrom('links')
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .execute();
  await db
    .updateTable('tasks')
    .set({ parent_id: null })
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .execute();
  await db
    .deleteFrom('tasks')
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .execute();
  await db
    .deleteFrom('projects')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', projectId)
    .execute();
}
