import type { Role } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { problems } from '../http/problem-error';
import { atLeast } from '../memberships/memberships.policy';
import { requireWorkspace } from '../workspaces/workspaces.service';

/** A committed market write and where it happened (for the live feed). */
export interface MarketWrite<T> {
  readonly value: T;
  readonly workspaceId: string;
  readonly id: string;
}

/** Reading the market needs membership; changing it, a member (never a viewer). */
export function requireMarketWriter(role: string): void {
  if (!atLeast(role as Role, 'member'))
    throw problems.forbidden(`a ${role} cannot change the market analysis`);
}

export async function requireMarketWorkspace(
  db: Kysely<Database>,
  workspaceId: string,
  userId: string,
  write: boolean,
): Promise<void> {
  const workspace = await requireWorkspace(db, workspaceId, userId);
  if (write) requireMarketWriter(workspace.role);
}
