import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, FeaturesTable } from '../db/database.types';

export type FeatureRow = Selectable<FeaturesTable>;
export interface FeatureLinkRow {
  readonly featureId: string;
  readonly projectId: string;
  /** null = the whole project. */
  readonly taskId: string | null;
}

export async function listFeatureRows(db: Kysely<Database>, workspaceId: string): Promise<FeatureRow[]> {
  return db
    .selectFrom('features')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('rank')
    .orderBy('id')
    .execute();
}

export async function findFeature(
  db: Kysely<Database>,
  workspaceId: string,
  featureId: string,
): Promise<FeatureRow | undefined> {
  return db
    .selectFrom('features')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', featureId)
    .executeTakeFirst();
}

export async function findFeatureForUser(
  db: Kysely<Database>,
  featureId: string,
  userId: string,
): Promise<(FeatureRow & { role: string }) | undefined> {
  return db
    .selectFrom('features')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'features.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('features')
    .select('memberships.role')
    .where('features.id', '=', featureId)
    .executeTakeFirst();
}

export async function insertFeature(db: Kysely<Database>, row: Insertable<FeaturesTable>): Promise<void> {
  await db.insertInto('features').values(row).execute();
}

export async function updateFeatureIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  featureId: string,
  version: number,
  changes: Partial<FeatureRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('features')
    .set({ ...changes, version: version + 1 })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', featureId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listFeatureLinks(
  db: Kysely<Database>,
  workspaceId: string,
  featureIds?: readonly string[],
): Promise<FeatureLinkRow[]> {
  if (featureIds && featureIds.length === 0) return [];
  let query = db.selectFrom('feature_links').selectAll().where('workspace_id', '=', workspaceId);
  if (featureIds) query = query.where('feature_id', 'in', [...featureIds]);
  const rows = await query.orderBy('project_id').orderBy('task_id').execute();
  return rows.map((r) => ({
    featureId: r.feature_id,
    projectId: r.project_id,
    taskId: r.task_id === '' ? null : r.task_id,
  }));
}

export async function replaceFeatureLinks(
  db: Kysely<Database>,
  workspaceId: string,
  featureId: string,
  links: readonly { projectId: string; taskId: string | null }[],
): Promise<void> {
  await db
    .deleteFrom('feature_links')
    .where('workspace_id', '=', workspaceId)
    .where('feature_id', '=', featureId)
    .execute();
  const unique = new Map(links.map((l) => [`${l.projectId}/${l.taskId ?? ''}`, l]));
  if (unique.size === 0) return;
  await db
    .insertInto('feature_links')
    .values(
      [...unique.values()].map((l) => ({
        workspace_id: workspaceId,
        feature_id: featureId,
        project_id: l.projectId,
        task_id: l.taskId ?? '',
      })),
    )
    .execute();
}

/** Links of the features that point into a project (for simulations that track them). */
export async function listLinksIntoProject(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<FeatureLinkRow[]> {
  const rows = await db
    .selectFrom('feature_links')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .execute();
  return rows.map((r) => ({
    featureId: r.feature_id,
    projectId: r.project_id,
    taskId: r.task_id === '' ? null : r.task_id,
  }));
}
