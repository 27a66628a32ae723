import type { Role } from '@tandem/api';
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { AssignmentsTable, Database } from '../db/database.types';

export type AssignmentRow = Selectable<AssignmentsTable>;

export async function insertAssignment(db: Kysely<Database>, row: AssignmentRow): Promise<void> {
  await db.insertInto('assignments').values(row).execute();
}

/** A project's assignments, optionally of one task and/or one resource, oldest first. */
export async function listAssignments(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  filter: { readonly taskId?: string; readonly resourceId?: string } = {},
): Promise<AssignmentRow[]> {
  let query = db
    .selectFrom('assignments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId);
  if (filter.taskId) query = query.where('task_id', '=', filter.taskId);
  if (filter.resourceId) query = query.where('resource_id', '=', filter.resourceId);
  return query.orderBy('created_at').orderBy('id').execute();
}

/** The projects in which a resource is assigned. */
export async function projectsAssigning(
  db: Kysely<Database>,
  workspaceId: string,
  resourceId: string,
): Promise<{ projectId: string; assignmentIds: string[] }[]> {
  const rows = await db
    .selectFrom('assignments')
    .select(['project_id', 'id'])
    .where('workspace_id', '=', workspaceId)
    .where('resource_id', '=', resourceId)
    .orderBy('project_id')
    .execute();
  const byProject = new Map<string, string[]>();
  for (const row of rows) byProject.set(row.project_id, [...(byProject.get(row.project_id) ?? []), row.id]);
  return [...byProject].map(([projectId, assignmentIds]) => ({ projectId, assignmentIds }));
}

/** The assignment with the user's role in its workspace; undefined when absent or not the user's. */
export async function findAssignmentForUser(
  db: Kysely<Database>,
  assignmentId: string,
  userId: string,
): Promise<(AssignmentRow & { role: Role }) | undefined> {
  return db
    .selectFrom('assignments')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'assignments.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('assignments')
    .select('memberships.role')
    .where('assignments.id', '=', assignmentId)
    .executeTakeFirst();
}

export async function findAssignment(
  db: Kysely<Database>,
  workspaceId: string,
  assignmentId: string,
): Promise<AssignmentRow | undefined> {
  return db
    .selectFrom('assignments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', assignmentId)
    .executeTakeFirst();
}

/** Applies `changes` when the stored version is `expectedVersion`; false when stale. */
export async function updateAssignmentIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  assignmentId: string,
  expectedVersion: number,
  changes: Updateable<AssignmentsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('assignments')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', assignmentId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteAssignment(
  db: Kysely<Database>,
  workspaceId: string,
  assignmentId: string,
): Promise<void> {
  await db
    .deleteFrom('assignments')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', assignmentId)
    .execute();
}

/**
 * Sets a task's duration (working minutes) as an assignment's work or units recalculated it, and
 * bumps the task's version so an editor holding the old one gets a conflict.
 */
export async function setTaskDuration(
  db: Kysely<Database>,
  workspaceId: string,
  taskId: string,
  duration: number,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable('tasks')
    .set((eb) => ({ duration, version: eb('version', '+', 1), updated_at: updatedAt }))
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', taskId)
    .execute();
}

/** Whether a task has subtasks (a summary task). */
export async function hasSubtasks(
  db: Kysely<Database>,
  workspaceId: string,
  taskId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('tasks')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('parent_id', '=', taskId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
