import type {
  CreateReleaseRequest,
  FeatureKind,
  FeatureStatus,
  Release,
  Role,
  UpdateReleaseRequest,
} from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { loadForecasts } from '../features/feature-forecast';
import { listFeatureLinks } from '../features/features.repository';
import { problems } from '../http/problem-error';
import { atLeast } from '../memberships/memberships.policy';
import { checkFeatureSlips } from '../notifications/forecast-slips';
import { requireWorkspace } from '../workspaces/workspaces.service';
import { presentRelease } from './release.presenter';
import { renderReleaseNotes } from './release-notes';
import {
  deleteRelease,
  findRelease,
  findReleaseForUser,
  insertRelease,
  listReleaseFeatureRows,
  listReleaseRows,
  type ReleaseRow,
  updateReleaseIfVersion,
} from './releases.repository';

/** A committed release write and where it happened (for the live feed). */
export interface ReleaseWrite<T> {
  readonly value: T;
  readonly workspaceId: string;
  /** Features the write took out of the release (they changed too). */
  readonly unassignedFeatureIds?: readonly string[];
}

/** Feedback items linked to each feature (its evidence). */
export async function countEvidence(
  db: Kysely<Database>,
  workspaceId: string,
  featureIds: readonly string[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (featureIds.length === 0) return out;
  const counts = await db
    .selectFrom('feedback_items')
    .select((eb) => ['feature_id', eb.fn.countAll().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('feature_id', 'in', [...featureIds])
    .groupBy('feature_id')
    .execute();
  for (const c of counts) if (c.feature_id) out.set(c.feature_id, Number(c.n));
  return out;
}

export class ReleasesService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(userId: string, workspaceId: string): Promise<Release[]> {
    await requireWorkspace(this.db, workspaceId, userId);
    return this.presentMany(this.db, workspaceId, await listReleaseRows(this.db, workspaceId));
  }

  async get(userId: string, releaseId: string): Promise<Release> {
    const row = await this.requireRelease(releaseId, userId);
    return this.presentOne(this.db, row.workspace_id, releaseId);
  }

  async create(
    userId: string,
    workspaceId: string,
    input: CreateReleaseRequest,
  ): Promise<ReleaseWrite<Release>> {
    const workspace = await requireWorkspace(this.db, workspaceId, userId);
    if (!atLeast(workspace.role, 'member'))
      throw problems.forbidden(`a ${workspace.role} cannot change the releases`);
    return this.db.transaction().execute(async (trx) => {
      const now = nowUtc();
      const row: ReleaseRow = {
        workspace_id: workspaceId,
        id: newId(),
        name: input.name,
        version_label: input.versionLabel ?? '',
        target_date: input.targetDate ?? null,
        status: input.status ?? 'planned',
        description: input.description ?? '',
        forecast_late: 0,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await insertRelease(trx, row);
      return { value: await this.presentOne(trx, workspaceId, row.id), workspaceId };
    });
  }

  async update(
    userId: string,
    releaseId: string,
    input: UpdateReleaseRequest,
  ): Promise<ReleaseWrite<Release>> {
    const found = await this.requireWriter(releaseId, userId);
    const workspaceId = found.workspace_id;
    return this.db.transaction().execute(async (trx) => {
      const current = await findRelease(trx, workspaceId, releaseId);
      if (!current) throw problems.notFound('release', releaseId);
      const changes: Partial<ReleaseRow> = {
        name: input.name ?? current.name,
        version_label: input.versionLabel ?? current.version_label,
        target_date: input.targetDate === undefined ? current.target_date : input.targetDate,
        status: input.status ?? current.status,
        description: input.description ?? current.description,
        updated_at: nowUtc(),
      };
      // the version is checked in the update itself, so two concurrent writers cannot both win
      if (
        current.version !== input.version ||
        !(await updateReleaseIfVersion(trx, workspaceId, releaseId, input.version, changes))
      ) {
        const latest = await this.presentOne(trx, workspaceId, releaseId);
        throw problems.versionConflict('the release', input.version, latest, latest.version);
      }
      // a new target date can put the forecast past it (or back before it)
      await checkFeatureSlips(trx, workspaceId, [], [releaseId]);
      return { value: await this.presentOne(trx, workspaceId, releaseId), workspaceId };
    });
  }

  async delete(userId: string, releaseId: string, version: number | undefined): Promise<ReleaseWrite<null>> {
    const found = await this.requireWriter(releaseId, userId);
    const workspaceId = found.workspace_id;
    const unassigned = await this.db.transaction().execute(async (trx) => {
      const current = await findRelease(trx, workspaceId, releaseId);
      if (!current) throw problems.notFound('release', releaseId);
      if (version !== undefined && version !== current.version) {
        const latest = await this.presentOne(trx, workspaceId, releaseId);
        throw problems.versionConflict('the release', version, latest, latest.version);
      }
      return deleteRelease(trx, workspaceId, releaseId);
    });
    return { value: null, workspaceId, unassignedFeatureIds: unassigned };
  }

  /** Markdown notes from the release's features by kind and status, with their evidence counts. */
  async notes(userId: string, releaseId: string): Promise<{ releaseId: string; markdown: string }> {
    const row = await this.requireRelease(releaseId, userId);
    const features = await listReleaseFeatureRows(this.db, row.workspace_id, [releaseId]);
    const evidence = await countEvidence(
      this.db,
      row.workspace_id,
      features.map((f) => f.id),
    );
    const markdown = renderReleaseNotes(
      {
        name: row.name,
        versionLabel: row.version_label,
        targetDate: row.target_date,
        description: row.description,
      },
      features.map((f) => ({
        title: f.title,
        description: f.description,
        kind: f.kind as FeatureKind,
        status: f.status as FeatureStatus,
        evidenceCount: evidence.get(f.id) ?? 0,
      })),
    );
    return { releaseId, markdown };
  }

  async presentOne(db: Kysely<Database>, workspaceId: string, releaseId: string): Promise<Release> {
    const row = await findRelease(db, workspaceId, releaseId);
    if (!row) throw problems.notFound('release', releaseId);
    const [release] = await this.presentMany(db, workspaceId, [row]);
    return release;
  }

  private async presentMany(
    db: Kysely<Database>,
    workspaceId: string,
    rows: readonly ReleaseRow[],
  ): Promise<Release[]> {
    if (rows.length === 0) return [];
    const features = await listReleaseFeatureRows(
      db,
      workspaceId,
      rows.map((r) => r.id),
    );
    const links = await listFeatureLinks(
      db,
      workspaceId,
      features.map((f) => f.id),
    );
    const forecasts = await loadForecasts(db, workspaceId, features, links);
    return rows.map((row) => {
      const own = features.filter((f) => f.release_id === row.id);
      return presentRelease(
        row,
        own.map((f) => f.id),
        own.map((f) => forecasts.get(f.id) ?? null),
      );
    });
  }

  async requireRelease(releaseId: string, userId: string): Promise<ReleaseRow & { role: Role }> {
    const row = await findReleaseForUser(this.db, releaseId, userId);
    if (!row) throw problems.notFound('release', releaseId);
    return row as ReleaseRow & { role: Role };
  }

  private async requireWriter(releaseId: string, userId: string): Promise<ReleaseRow & { role: Role }> {
    const row = await this.requireRelease(releaseId, userId);
    if (!atLeast(row.role, 'member')) throw problems.forbidden(`a ${row.role} cannot change the releases`);
    return row;
  }
}
