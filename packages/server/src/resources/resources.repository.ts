import type { Role } from '@tandem/api';
import type { Kysely, Selectable, Updateable } from 'kysely';
import type {
  Database,
  ResourceAvailabilityTable,
  ResourceRatesTable,
  ResourcesTable,
} from '../db/database.types';

export type ResourceRow = Selectable<ResourcesTable>;
export type AvailabilityRow = Selectable<ResourceAvailabilityTable>;
export type RateRow = Selectable<ResourceRatesTable>;

/** A resource row with its dated rows (availability by position, rates by date). */
export interface ResourceRecord {
  readonly resource: ResourceRow;
  readonly availability: readonly AvailabilityRow[];
  readonly rates: readonly RateRow[];
}

export async function insertResource(db: Kysely<Database>, row: ResourceRow): Promise<void> {
  await db.insertInto('resources').values(row).execute();
}

/** The resources of a workspace (by name, then id); all of them, or only `ids`. */
export async function listResourceRecords(
  db: Kysely<Database>,
  workspaceId: string,
  ids?: readonly string[],
): Promise<ResourceRecord[]> {
  if (ids && ids.length === 0) return [];
  let query = db.selectFrom('resources').selectAll().where('workspace_id', '=', workspaceId);
  if (ids) query = query.where('id', 'in', [...ids]);
  const resources = await query.orderBy('name').orderBy('id').execute();
  return withDatedRows(db, workspaceId, resources);
}

/** The resource with the user's role in its workspace; undefined when absent or not the user's. */
export async function findResourceForUser(
  db: Kysely<Database>,
  resourceId: string,
  userId: string,
): Promise<(ResourceRow & { role: Role }) | undefined> {
  return db
    .selectFrom('resources')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'resources.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('resources')
    .select('memberships.role')
    .where('resources.id', '=', resourceId)
    .executeTakeFirst();
}

export async function findResourceRecord(
  db: Kysely<Database>,
  workspaceId: string,
  resourceId: string,
): Promise<ResourceRecord | undefined> {
  const [record] = await listResourceRecords(db, workspaceId, [resourceId]);
  return record;
}

/** Applies `changes` when the stored version is `expectedVersion`; false when stale. */
export async function updateResourceIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  resourceId: string,
  expectedVersion: number,
  changes: Updateable<ResourcesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('resources')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', resourceId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces a resource's availability ranges. */
export async function replaceAvailability(
  db: Kysely<Database>,
  workspaceId: string,
  resourceId: string,
  rows: readonly AvailabilityRow[],
): Promise<void> {
  await db
    .deleteFrom('resource_availability')
    .where('workspace_id', '=', workspaceId)
    .where('resource_id', '=', resourceId)
    .execute();
  if (rows.length > 0)
    await db
      .insertInto('resource_availability')
      .values([...rows])
      .execute();
}

/** Replaces a resource's rate changes. */
export async function replaceRates(
  db: Kysely<Database>,
  workspaceId: string,
  resourceId: string,
  rows: readonly RateRow[],
): Promise<void> {
  await db
    .deleteFrom('resource_rates')
    .where('workspace_id', '=', workspaceId)
    .where('resource_id', '=', resourceId)
    .execute();
  if (rows.length > 0)
    await db
      .insertInto('resource_rates')
      .values([...rows])
      .execute();
}

/** Deletes a resource; its dated rows and assignments go with it (ON DELETE CASCADE). */
export async function deleteResource(
  db: Kysely<Database>,
  workspaceId: string,
  resourceId: string,
): Promise<void> {
  // delete the children explicitly: the order must not depend on a dialect's cascade order
  for (const table of ['assignments', 'resource_availability', 'resource_rates'] as const) {
    await db
      .deleteFrom(table)
      .where('workspace_id', '=', workspaceId)
      .where('resource_id', '=', resourceId)
      .execute();
  }
  await db
    .deleteFrom('resources')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', resourceId)
    .execute();
}

async function withDatedRows(
  db: Kysely<Database>,
  workspaceId: string,
  resources: readonly ResourceRow[],
): Promise<ResourceRecord[]> {
  if (resources.length === 0) return [];
  const ids = resources.map((r) => r.id);
  const availability = await db
    .selectFrom('resource_availability')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('resource_id', 'in', ids)
    .orderBy('resource_id')
    .orderBy('position')
    .execute();
  const rates = await db
    .selectFrom('resource_rates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('resource_id', 'in', ids)
    .orderBy('resource_id')
    .orderBy('effective_from')
    .execute();
  return resources.map((resource) => ({
    resource,
    availability: availability.filter((a) => a.resource_id === resource.id),
    rates: rates.filter((r) => r.resource_id === resource.id),
  }));
}
