import {
  type CreatedShareLink,
  type CreateShareLinkRequest,
  problemTypes,
  type Role,
  type SharedRoadmap,
  type ShareLink,
} from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { ProblemError, problems } from '../http/problem-error';
import { atLeast } from '../memberships/memberships.policy';
import { requireWorkspace } from '../workspaces/workspaces.service';
import { isActive, parseHiddenFields, presentShareLink } from './share-link.presenter';
import {
  findShareLinkByHash,
  findShareLinkForUser,
  insertShareLink,
  listShareLinkRows,
  revokeShareLink,
  type ShareLinkRow,
} from './share-links.repository';
import { hashShareToken, newShareToken } from './share-token';
import { buildSharedRoadmap } from './shared-roadmap';

/** A committed share-link write and where it happened (for the live feed). */
export interface ShareLinkWrite<T> {
  readonly value: T;
  readonly workspaceId: string;
}

/** Unknown, revoked and expired links answer alike, so a reader learns nothing about which it was. */
const linkNotWorking = () =>
  new ProblemError({
    status: 404,
    type: problemTypes.notFound,
    title: 'Not found',
    detail: 'this roadmap link does not exist or no longer works',
  });

export class ShareLinksService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(userId: string, workspaceId: string): Promise<ShareLink[]> {
    await this.requireManager(userId, workspaceId);
    const now = nowUtc();
    return (await listShareLinkRows(this.db, workspaceId)).map((row) => presentShareLink(row, now));
  }

  async create(
    userId: string,
    workspaceId: string,
    input: CreateShareLinkRequest,
  ): Promise<ShareLinkWrite<CreatedShareLink>> {
    await this.requireManager(userId, workspaceId);
    const now = nowUtc();
    const expiresAt = input.expiresAt == null ? null : new Date(input.expiresAt).toISOString();
    if (expiresAt !== null && expiresAt <= now)
      throw problems.validation('body.expiresAt', 'must be in the future');
    const token = newShareToken();
    const row: ShareLinkRow = {
      workspace_id: workspaceId,
      id: newId(),
      name: input.name,
      hidden_fields: JSON.stringify([...new Set(input.hiddenFields ?? [])]),
      expires_at: expiresAt,
      revoked_at: null,
      created_by: userId,
      created_at: now,
    };
    await this.db.transaction().execute((trx) => insertShareLink(trx, row, hashShareToken(token)));
    return { value: { ...presentShareLink(row, now), token, url: `/share/${token}` }, workspaceId };
  }

  async revoke(userId: string, shareLinkId: string): Promise<ShareLinkWrite<null>> {
    const row = await findShareLinkForUser(this.db, shareLinkId, userId);
    if (!row) throw problems.notFound('share link', shareLinkId);
    if (!atLeast(row.role as Role, 'member'))
      throw problems.forbidden(`a ${row.role} cannot manage share links`);
    await this.db
      .transaction()
      .execute((trx) => revokeShareLink(trx, row.workspace_id, shareLinkId, nowUtc()));
    return { value: null, workspaceId: row.workspace_id };
  }

  /** The roadmap behind a token, for a signed-out reader. */
  async roadmap(token: string): Promise<SharedRoadmap> {
    const row = await findShareLinkByHash(this.db, hashShareToken(token));
    if (!row || !isActive(row, nowUtc())) throw linkNotWorking();
    return buildSharedRoadmap(this.db, row.workspace_id, row.name, parseHiddenFields(row.hidden_fields));
  }

  /** Sharing the roadmap outside the workspace is a member's decision, never a viewer's. */
  private async requireManager(userId: string, workspaceId: string): Promise<void> {
    const workspace = await requireWorkspace(this.db, workspaceId, userId);
    if (!atLeast(workspace.role, 'member'))
      throw problems.forbidden(`a ${workspace.role} cannot manage share links`);
  }
}
