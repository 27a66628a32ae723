import type { Role } from '@tandem/api';
import type { Kysely, Selectable } from 'kysely';
import type { Database, WorkspacesTable } from '../db/database.types';

export type WorkspaceRow = Selectable<WorkspacesTable>;
export type WorkspaceWithRoleRow = WorkspaceRow & { role: Role };

export async function insertWorkspace(db: Kysely<Database>, row: WorkspaceRow): Promise<void> {
  await db.insertInto('workspaces').values(row).execute();
}

/** The user's workspaces with their role, oldest first. */
export async function listWorkspacesOfUser(
  db: Kysely<Database>,
  userId: string,
): Promise<WorkspaceWithRoleRow[]> {
  return db
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.workspace_id', 'memberships.workspace_id')
    .select([
      'workspaces.workspace_id',
      'workspaces.name',
      'workspaces.created_at',
      'workspaces.updated_at',
      'memberships.role',
    ])
    .where('memberships.user_id', '=', userId)
    .orderBy('workspaces.created_at', 'asc')
    .orderBy('workspaces.workspace_id', 'asc')
    .execute();
}

/** The workspace with the user's role, or undefined when it is absent or the user is not a member. */
export async function findWorkspaceOfUser(
  db: Kysely<Database>,
  workspaceId: string,
  userId: string,
): Promise<WorkspaceWithRoleRow | undefined> {
  return db
    .selectFrom('workspaces')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'workspaces.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .select([
      'workspaces.workspace_id',
      'workspaces.name',
      'workspaces.created_at',
      'workspaces.updated_at',
      'memberships.role',
    ])
    .where('workspaces.workspace_id', '=', workspaceId)
    .executeTakeFirst();
}
