import type { Member, Workspace } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { insertMembership, listMembers } from '../memberships/memberships.repository';
import { presentWorkspace } from './workspace.presenter';
import {
  findWorkspaceOfUser,
  insertWorkspace,
  listWorkspacesOfUser,
  type WorkspaceWithRoleRow,
} from './workspaces.repository';

/**
 * Creates a workspace with `ownerId` as its owner, inside the caller's transaction (sign-up and
 * the demo seed use it as a step of their own transaction).
 */
export async function createWorkspaceWithOwner(
  trx: Kysely<Database>,
  input: { name: string; ownerId: string },
): Promise<WorkspaceWithRoleRow> {
  const now = nowUtc();
  const row = { workspace_id: newId(), name: input.name, created_at: now, updated_at: now };
  await insertWorkspace(trx, row);
  await insertMembership(trx, {
    workspace_id: row.workspace_id,
    user_id: input.ownerId,
    role: 'owner',
    created_at: now,
    updated_at: now,
  });
  return { ...row, role: 'owner' };
}

/** The workspace as the user sees it; 404 when absent or when the user is not a member. */
export async function requireWorkspace(
  db: Kysely<Database>,
  workspaceId: string,
  userId: string,
): Promise<WorkspaceWithRoleRow> {
  const row = await findWorkspaceOfUser(db, workspaceId, userId);
  if (!row) throw problems.notFound('workspace', workspaceId);
  return row;
}

export class WorkspacesService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(userId: string): Promise<Workspace[]> {
    return (await listWorkspacesOfUser(this.db, userId)).map(presentWorkspace);
  }

  async get(userId: string, workspaceId: string): Promise<Workspace> {
    return presentWorkspace(await requireWorkspace(this.db, workspaceId, userId));
  }

  async create(userId: string, name: string): Promise<Workspace> {
    const row = await this.db
      .transaction()
      .execute((trx) => createWorkspaceWithOwner(trx, { name, ownerId: userId }));
    return presentWorkspace(row);
  }

  async members(userId: string, workspaceId: string): Promise<Member[]> {
    await requireWorkspace(this.db, workspaceId, userId);
    const rows = await listMembers(this.db, workspaceId);
    return rows.map((r) => ({
      userId: r.user_id,
      email: r.email,
      name: r.name,
      role: r.role,
      joinedAt: r.created_at,
    }));
  }
}
