import type { Kysely, Selectable } from 'kysely';
import type { Database, ProductStageHistoryTable, ProductsTable } from '../db/database.types';

export type ProductRow = Selectable<ProductsTable>;
export type StageRow = Selectable<ProductStageHistoryTable>;

export async function listProductRows(db: Kysely<Database>, workspaceId: string): Promise<ProductRow[]> {
  return db
    .selectFrom('products')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function findProduct(
  db: Kysely<Database>,
  workspaceId: string,
  productId: string,
): Promise<ProductRow | undefined> {
  return db
    .selectFrom('products')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', productId)
    .executeTakeFirst();
}

/** The product with the user's role in its workspace; undefined when absent or not the user's. */
export async function findProductForUser(
  db: Kysely<Database>,
  productId: string,
  userId: string,
): Promise<(ProductRow & { role: string }) | undefined> {
  return db
    .selectFrom('products')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'products.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('products')
    .select('memberships.role')
    .where('products.id', '=', productId)
    .executeTakeFirst();
}

export async function updateProductIfVersion(
  db: Kysely<Database>,
  workspaceId: string,
  productId: string,
  version: number,
  changes: Partial<ProductRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('products')
    .set({ ...changes, version: version + 1 })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', productId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Stage history of the given products, oldest first. */
export async function listStageRows(
  db: Kysely<Database>,
  workspaceId: string,
  productIds: readonly string[],
): Promise<StageRow[]> {
  if (productIds.length === 0) return [];
  return db
    .selectFrom('product_stage_history')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('product_id', 'in', [...productIds])
    .orderBy('date')
    .orderBy('id')
    .execute();
}

/** Removes a product and its history; its stakeholders stay in the register, unattached. */
export async function deleteProduct(
  db: Kysely<Database>,
  workspaceId: string,
  productId: string,
): Promise<void> {
  await db
    .updateTable('stakeholders')
    .set({ product_id: null })
    .where('workspace_id', '=', workspaceId)
    .where('product_id', '=', productId)
    .execute();
  await db
    .deleteFrom('product_stage_history')
    .where('workspace_id', '=', workspaceId)
    .where('product_id', '=', productId)
    .execute();
  await db
    .deleteFrom('products')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', productId)
    .execute();
}
