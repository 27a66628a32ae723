import type { Kysely, Selectable } from 'kysely';
import type {
  CompetitorFeaturesTable,
  CompetitorsTable,
  Database,
  MarketTrendsTable,
  ProductSwotsTable,
} from '../db/database.types';

export type CompetitorRow = Selectable<CompetitorsTable>;
export type ComparisonCellRow = Selectable<CompetitorFeaturesTable>;
export type MarketTrendRow = Selectable<MarketTrendsTable>;
export type SwotRow = Selectable<ProductSwotsTable>;

export async function listCompetitorRows(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<CompetitorRow[]> {
  return db
    .selectFrom('competitors')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function findCompetitor(
  db: Kysely<Database>,
  workspaceId: string,
  competitorId: string,
): Promise<CompetitorRow | undefined> {
  return db
    .selectFrom('competitors')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', competitorId)
    .executeTakeFirst();
}

/** The competitor with the user's role in its workspace; undefined when absent or not the user's. */
export async function findCompetitorForUser(
  db: Kysely<Database>,
  competitorId: string,
  userId: string,
): Promise<(CompetitorRow & { role: string }) | undefined> {
  return db
    .selectFrom('competitors')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'competitors.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('competitors')
    .select('memberships.role')
    .where('competitors.id', '=', competitorId)
    .executeTakeFirst();
}

export async function listCellRows(db: Kysely<Database>, workspaceId: string): Promise<ComparisonCellRow[]> {
  return db.selectFrom('competitor_features').selectAll().where('workspace_id', '=', workspaceId).execute();
}

/** Writes one matrix cell (insert or replace). */
export async function upsertCell(db: Kysely<Database>, row: ComparisonCellRow): Promise<void> {
  await db
    .insertInto('competitor_features')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['workspace_id', 'competitor_id', 'feature_id'])
        .doUpdateSet({ support: row.support, note: row.note }),
    )
    .execute();
}

export async function listTrendRows(db: Kysely<Database>, workspaceId: string): Promise<MarketTrendRow[]> {
  return db
    .selectFrom('market_trends')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('observed_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function findTrend(
  db: Kysely<Database>,
  workspaceId: string,
  trendId: string,
): Promise<MarketTrendRow | undefined> {
  return db
    .selectFrom('market_trends')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', trendId)
    .executeTakeFirst();
}

/** The trend with the user's role in its workspace; undefined when absent or not the user's. */
export async function findTrendForUser(
  db: Kysely<Database>,
  trendId: string,
  userId: string,
): Promise<(MarketTrendRow & { role: string }) | undefined> {
  return db
    .selectFrom('market_trends')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'market_trends.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('market_trends')
    .select('memberships.role')
    .where('market_trends.id', '=', trendId)
    .executeTakeFirst();
}

export async function findSwot(
  db: Kysely<Database>,
  workspaceId: string,
  productId: string,
): Promise<SwotRow | undefined> {
  return db
    .selectFrom('product_swots')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('product_id', '=', productId)
    .executeTakeFirst();
}
