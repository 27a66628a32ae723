import type { FeatureKind, FeatureStatus, SharedRoadmap, ShareHiddenField } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { nowUtc } from '../db/timestamps';
import { loadForecasts } from '../features/feature-forecast';
import { computeScores } from '../features/feature-scores';
import { listFeatureLinks, listFeatureRows } from '../features/features.repository';
import { releaseForecast } from '../releases/release.presenter';
import { listReleaseRows } from '../releases/releases.repository';
import { countEvidence } from '../releases/releases.service';

/** Not on a shared roadmap: decisions against, and items set aside. */
const OFF_ROADMAP: ReadonlySet<string> = new Set(['rejected', 'parked']);

/**
 * The roadmap a share link shows: open features (with lane, release, forecast) and the releases,
 * built field by field so that nothing reaches the reader unless listed here, and each hidden
 * field is left out entirely (not nulled). Links to project work, feedback and user ids never do.
 */
export async function buildSharedRoadmap(
  db: Kysely<Database>,
  workspaceId: string,
  name: string,
  hidden: readonly ShareHiddenField[],
): Promise<SharedRoadmap> {
  const hide = new Set(hidden);
  const rows = (await listFeatureRows(db, workspaceId)).filter((r) => !OFF_ROADMAP.has(r.status));
  const shown = new Set(rows.map((r) => r.id));
  const links = await listFeatureLinks(
    db,
    workspaceId,
    rows.map((r) => r.id),
  );
  const forecasts = await loadForecasts(db, workspaceId, rows, links);
  const evidence = hide.has('evidence')
    ? new Map<string, number>()
    : await countEvidence(
        db,
        workspaceId,
        rows.map((r) => r.id),
      );
  const owners = new Map<string, string>();
  const ownerIds = [...new Set(rows.flatMap((r) => (r.owner_id ? [r.owner_id] : [])))];
  if (!hide.has('owner') && ownerIds.length > 0) {
    const users = await db
      .selectFrom('users')
      .innerJoin('memberships', 'memberships.user_id', 'users.id')
      .select(['users.id', 'users.name'])
      .where('memberships.workspace_id', '=', workspaceId)
      .where('users.id', 'in', ownerIds)
      .execute();
    for (const user of users) owners.set(user.id, user.name);
  }
  const releases = await listReleaseRows(db, workspaceId);
  const releaseIds = new Set(releases.map((r) => r.id));
  const features: SharedRoadmap['features'] = rows.map((row) => ({
    id: row.id,
    kind: row.kind as FeatureKind,
    parentId: row.parent_id !== null && shown.has(row.parent_id) ? row.parent_id : null,
    title: row.title,
    status: row.status as FeatureStatus,
    lane: row.lane as SharedRoadmap['features'][number]['lane'],
    releaseId: row.release_id !== null && releaseIds.has(row.release_id) ? row.release_id : null,
    ...(hide.has('description') ? {} : { description: row.description }),
    ...(hide.has('owner')
      ? {}
      : { owner: row.owner_id === null ? null : (owners.get(row.owner_id) ?? null) }),
    ...(hide.has('scores')
      ? {}
      : (() => {
          const scores = computeScores(row);
          return { scores: { rice: scores.rice, wsjf: scores.wsjf } };
        })()),
    ...(hide.has('evidence') ? {} : { evidenceCount: evidence.get(row.id) ?? 0 }),
    ...(hide.has('targetDate') ? {} : { targetDate: row.target_date }),
    ...(hide.has('forecast') ? {} : { forecast: forecasts.get(row.id) ?? null }),
  }));
  return {
    name,
    generatedAt: nowUtc(),
    features,
    releases: releases.map((release) => {
      const own = rows.filter((r) => r.release_id === release.id);
      return {
        id: release.id,
        name: release.name,
        versionLabel: release.version_label,
        status: release.status as SharedRoadmap['releases'][number]['status'],
        ...(hide.has('targetDate') ? {} : { targetDate: release.target_date }),
        ...(hide.has('forecast')
          ? {}
          : {
              forecast: releaseForecast(
                hide.has('targetDate') ? null : release.target_date,
                own.map((r) => forecasts.get(r.id) ?? null),
              ),
            }),
      };
    }),
  };
}
