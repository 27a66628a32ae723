import type { LiveTarget } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { findRole } from '../memberships/memberships.repository';
import { findProjectForUser } from '../projects/projects.repository';

/** Where a subscription's events come from: a workspace, and within it one project or all. */
export interface ResolvedTarget {
  readonly workspaceId: string;
  /** Null when the whole workspace is followed. */
  readonly projectId: string | null;
}

/**
 * Membership questions the live hub asks: whether a user may follow a target (and in which
 * workspace it lies), and whether the user is still a member of a workspace.
 */
export interface LiveAccess {
  /** The target's workspace, or null when it is absent or the user is not a member there. */
  resolve(userId: string, target: LiveTarget): Promise<ResolvedTarget | null>;
  isMember(userId: string, workspaceId: string): Promise<boolean>;
}

/** LiveAccess on the database: viewers and every stronger role may follow what they may read. */
export function databaseLiveAccess(db: Kysely<Database>): LiveAccess {
  return {
    async resolve(userId, target) {
      if ('projectId' in target) {
        const project = await findProjectForUser(db, target.projectId, userId);
        return project ? { workspaceId: project.workspace_id, projectId: project.id } : null;
      }
      const role = await findRole(db, target.workspaceId, userId);
      return role ? { workspaceId: target.workspaceId, projectId: null } : null;
    },
    async isMember(userId, workspaceId) {
      return (await findRole(db, workspaceId, userId)) !== undefined;
    },
  };
}
