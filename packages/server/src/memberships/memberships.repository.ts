import type { Role } from '@tandem/api';
import type { Kysely, Selectable } from 'kysely';
import type { Database, MembershipsTable } from '../db/database.types';

export type MembershipRow = Selectable<MembershipsTable>;

export async function insertMembership(db: Kysely<Database>, row: MembershipRow): Promise<void> {
  await db.insertInto('memberships').values(row).execute();
}

/** The user's role in the workspace, or undefined when not a member. */
export async function findRole(
  db: Kysely<Database>,
  workspaceId: string,
  userId: string,
): Promise<Role | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.role;
}

export interface MemberRow {
  user_id: string;
  email: string;
  name: string;
  role: Role;
  created_at: string;
}

export async function listMembers(db: Kysely<Database>, workspaceId: string): Promise<MemberRow[]> {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'memberships.user_id',
      'users.email',
      'users.name',
      'memberships.role',
      'memberships.created_at',
    ])
    .where('memberships.workspace_id', '=', workspaceId)
    .orderBy('memberships.created_at', 'asc')
    .orderBy('users.email', 'asc')
    .execute();
}
