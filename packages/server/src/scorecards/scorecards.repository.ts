import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, ScorecardCriteriaTable } from '../db/database.types';

export type CriterionRow = Selectable<ScorecardCriteriaTable>;

/** A feature's stored value on one criterion. */
export interface ScorecardValueRow {
  readonly featureId: string;
  readonly criterionId: string;
  readonly value: number;
}

export async function listCriteria(db: Kysely<Database>, workspaceId: string): Promise<CriterionRow[]> {
  return db
    .selectFrom('scorecard_criteria')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function findCriterion(
  db: Kysely<Database>,
  workspaceId: string,
  criterionId: string,
): Promise<CriterionRow | undefined> {
  return db
    .selectFrom('scorecard_criteria')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', criterionId)
    .executeTakeFirst();
}

/** The criterion with the caller's role in its workspace; undefined when absent or not theirs. */
export async function findCriterionForUser(
  db: Kysely<Database>,
  criterionId: string,
  userId: string,
): Promise<(CriterionRow & { role: string }) | undefined> {
  return db
    .selectFrom('scorecard_criteria')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'scorecard_criteria.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('scorecard_criteria')
    .select('memberships.role')
    .where('scorecard_criteria.id', '=', criterionId)
    .executeTakeFirst();
}

export async function insertCriterion(
  db: Kysely<Database>,
  row: Insertable<ScorecardCriteriaTable>,
): Promise<void> {
  await db.insertInto('scorecard_criteria').values(row).execute();
}

export async function updateCriterionIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  criterionId: string,
  version: number,
  changes: Partial<CriterionRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('scorecard_criteria')
    .set({ ...changes, version: version + 1 })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', criterionId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setCriterionPosition(
  db: Kysely<Database>,
  workspaceId: string,
  criterionId: string,
  position: number,
): Promise<void> {
  await db
    .updateTable('scorecard_criteria')
    .set({ position })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', criterionId)
    .execute();
}

/** Removes a criterion and every feature's value on it. */
export async function deleteCriterion(
  db: Kysely<Database>,
  workspaceId: string,
  criterionId: string,
): Promise<void> {
  await db
    .deleteFrom('feature_scorecard_values')
    .where('workspace_id', '=', workspaceId)
    .where('criterion_id', '=', criterionId)
    .execute();
  await db
    .deleteFrom('scorecard_criteria')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', criterionId)
    .execute();
}

/** The scorecard's version: 0 before its first edit. */
export async function scorecardVersion(db: Kysely<Database>, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('scorecards')
    .select('version')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row?.version ?? 0;
}

/** Counts an edit of the criteria: version + 1 (creating the row at version 1). */
export async function touchScorecard(db: Kysely<Database>, workspaceId: string, now: string): Promise<void> {
  await db
    .insertInto('scorecards')
    .values({ workspace_id: workspaceId, version: 1, updated_at: now })
    .onConflict((oc) =>
      oc
        .column('workspace_id')
        .doUpdateSet({ version: sql<number>`scorecards.version + 1`, updated_at: now }),
    )
    .execute();
}

/**
 * Moves the scorecard from `version` to `version + 1`; false when another write got there first.
 * Version 0 means "no row yet": the row is created (a concurrent creator makes it fail instead).
 */
export async function bumpScorecardIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  version: number,
  now: string,
): Promise<boolean> {
  if (version === 0) {
    const inserted = await db
      .insertInto('scorecards')
      .values({ workspace_id: workspaceId, version: 1, updated_at: now })
      .onConflict((oc) => oc.column('workspace_id').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const result = await db
    .updateTable('scorecards')
    .set({ version: version + 1, updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The stored values of the given features. */
export async function listScorecardValues(
  db: Kysely<Database>,
  workspaceId: string,
  featureIds: readonly string[],
): Promise<ScorecardValueRow[]> {
  if (featureIds.length === 0) return [];
  const rows = await db
    .selectFrom('feature_scorecard_values')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('feature_id', 'in', [...featureIds])
    .execute();
  return rows.map((r) => ({ featureId: r.feature_id, criterionId: r.criterion_id, value: Number(r.value) }));
}

/** Sets (or, for null, clears) a feature's values on the named criteria. */
export async function writeScorecardValues(
  db: Kysely<Database>,
  workspaceId: string,
  featureId: string,
  values: readonly { criterionId: string; value: number | null }[],
): Promise<void> {
  if (values.length === 0) return;
  await db
    .deleteFrom('feature_scorecard_values')
    .where('workspace_id', '=', workspaceId)
    .where('feature_id', '=', featureId)
    .where(
      'criterion_id',
      'in',
      values.map((v) => v.criterionId),
    )
    .execute();
  const kept = values.filter((v): v is { criterionId: string; value: number } => v.value !== null);
  if (kept.length === 0) return;
  await db
    .insertInto('feature_scorecard_values')
    .values(
      kept.map((v) => ({
        workspace_id: workspaceId,
        feature_id: featureId,
        criterion_id: v.criterionId,
        value: v.value,
      })),
    )
    .execute();
}

/** Removes every value of a feature (when the feature is deleted). */
export async function deleteFeatureScorecardValues(
  db: Kysely<Database>,
  workspaceId: string,
  featureId: string,
): Promise<void> {
  await db
    .deleteFrom('feature_scorecard_values')
    .where('workspace_id', '=', workspaceId)
    .where('feature_id', '=', featureId)
    .execute();
}

/** How many features hold a value on the criterion outside `min`–`max`. */
export async function countValuesOutside(
  db: Kysely<Database>,
  workspaceId: string,
  criterionId: string,
  min: number,
  max: number,
): Promise<number> {
  const row = await db
    .selectFrom('feature_scorecard_values')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('criterion_id', '=', criterionId)
    .where((eb) => eb.or([eb('value', '<', min), eb('value', '>', max)]))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
