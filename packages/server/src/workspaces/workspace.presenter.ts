import type { Workspace } from '@tandem/api';
import type { WorkspaceWithRoleRow } from './workspaces.repository';

export function presentWorkspace(row: WorkspaceWithRoleRow): Workspace {
  return {
    id: row.workspace_id,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
