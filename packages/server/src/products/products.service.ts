import type { CreateProductRequest, LifecycleStage, Product, Role, UpdateProductRequest } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { atLeast } from '../memberships/memberships.policy';
import { requireWorkspace } from '../workspaces/workspaces.service';
import { presentProduct } from './product.presenter';
import {
  deleteProduct,
  findProduct,
  findProductForUser,
  listProductRows,
  listStageRows,
  type ProductRow,
  updateProductIfVersion,
} from './products.repository';

/** A committed product write and where it happened (for the live feed). */
export interface ProductWrite<T> {
  readonly value: T;
  readonly workspaceId: string;
}

const personasJson = (personas: CreateProductRequest['personas']) =>
  JSON.stringify((personas ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })));

export class ProductsService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(userId: string, workspaceId: string): Promise<Product[]> {
    await requireWorkspace(this.db, workspaceId, userId);
    return this.presentMany(this.db, workspaceId, await listProductRows(this.db, workspaceId));
  }

  async get(userId: string, productId: string): Promise<Product> {
    const row = await this.requireProduct(productId, userId);
    return this.presentOne(this.db, row.workspace_id, productId);
  }

  async create(
    userId: string,
    workspaceId: string,
    input: CreateProductRequest,
  ): Promise<ProductWrite<Product>> {
    const workspace = await requireWorkspace(this.db, workspaceId, userId);
    if (!atLeast(workspace.role, 'member'))
      throw problems.forbidden(`a ${workspace.role} cannot change products`);
    if (input.stageChangedOn !== undefined && input.lifecycleStage === undefined)
      throw problems.validation(
        'body.stageChangedOn',
        'dates a lifecycle stage: send lifecycleStage with it',
      );
    return this.db.transaction().execute(async (trx) => {
      const now = nowUtc();
      const row: ProductRow = {
        workspace_id: workspaceId,
        id: newId(),
        name: input.name,
        vision: input.vision ?? '',
        strategy: input.strategy ?? '',
        target_customers: input.targetCustomers ?? '',
        personas: personasJson(input.personas),
        lifecycle_stage: input.lifecycleStage ?? 'discovery',
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto('products').values(row).execute();
      await this.recordStage(
        trx,
        row,
        row.lifecycle_stage as LifecycleStage,
        input.stageChangedOn ?? now.slice(0, 10),
        userId,
      );
      return { value: await this.presentOne(trx, workspaceId, row.id), workspaceId };
    });
  }

  async update(
    userId: string,
    productId: string,
    input: UpdateProductRequest,
  ): Promise<ProductWrite<Product>> {
    const found = await this.requireWriter(productId, userId);
    const workspaceId = found.workspace_id;
    if (input.stageChangedOn !== undefined && input.lifecycleStage === undefined)
      throw problems.validation(
        'body.stageChangedOn',
        'dates a lifecycle stage: send lifecycleStage with it',
      );
    return this.db.transaction().execute(async (trx) => {
      const current = await findProduct(trx, workspaceId, productId);
      if (!current) throw problems.notFound('product', productId);
      const now = nowUtc();
      const stageChanged =
        input.lifecycleStage !== undefined && input.lifecycleStage !== current.lifecycle_stage;
      const changes: Partial<ProductRow> = {
        name: input.name ?? current.name,
        vision: input.vision ?? current.vision,
        strategy: input.strategy ?? current.strategy,
        target_customers: input.targetCustomers ?? current.target_customers,
        personas: input.personas === undefined ? current.personas : personasJson(input.personas),
        lifecycle_stage: input.lifecycleStage ?? current.lifecycle_stage,
        updated_at: now,
      };
      if (
        current.version !== input.version ||
        !(await updateProductIfVersion(trx, workspaceId, productId, input.version, changes))
      ) {
        const latest = await this.presentOne(trx, workspaceId, productId);
        throw problems.versionConflict('the product', input.version, latest, latest.version);
      }
      if (stageChanged) {
        const date = input.stageChangedOn ?? now.slice(0, 10);
        const [last] = (await listStageRows(trx, workspaceId, [productId])).slice(-1);
        if (last && date < last.date)
          throw problems.validation(
            'body.stageChangedOn',
            `must be on or after the last stage change (${last.date})`,
          );
        await this.recordStage(trx, current, input.lifecycleStage as LifecycleStage, date, userId);
      }
      return { value: await this.presentOne(trx, workspaceId, productId), workspaceId };
    });
  }

  async delete(userId: string, productId: string, version: number | undefined): Promise<ProductWrite<null>> {
    const found = await this.requireWriter(productId, userId);
    const workspaceId = found.workspace_id;
    await this.db.transaction().execute(async (trx) => {
      const current = await findProduct(trx, workspaceId, productId);
      if (!current) throw problems.notFound('product', productId);
      if (version !== undefined && version !== current.version) {
        const latest = await this.presentOne(trx, workspaceId, productId);
        throw problems.versionConflict('the product', version, latest, latest.version);
      }
      await deleteProduct(trx, workspaceId, productId);
    });
    return { value: null, workspaceId };
  }

  private async recordStage(
    trx: Kysely<Database>,
    product: ProductRow,
    stage: LifecycleStage,
    date: string,
    userId: string,
  ): Promise<void> {
    await trx
      .insertInto('product_stage_history')
      .values({
        workspace_id: product.workspace_id,
        id: newId(),
        product_id: product.id,
        stage,
        date,
        changed_by: userId,
      })
      .execute();
  }

  private async presentOne(db: Kysely<Database>, workspaceId: string, productId: string): Promise<Product> {
    const row = await findProduct(db, workspaceId, productId);
    if (!row) throw problems.notFound('product', productId);
    const [product] = await this.presentMany(db, workspaceId, [row]);
    return product;
  }

  private async presentMany(
    db: Kysely<Database>,
    workspaceId: string,
    rows: readonly ProductRow[],
  ): Promise<Product[]> {
    const history = await listStageRows(
      db,
      workspaceId,
      rows.map((r) => r.id),
    );
    return rows.map((row) =>
      presentProduct(
        row,
        history.filter((h) => h.product_id === row.id),
      ),
    );
  }

  private async requireProduct(productId: string, userId: string): Promise<ProductRow & { role: Role }> {
    const row = await findProductForUser(this.db, productId, userId);
    if (!row) throw problems.notFound('product', productId);
    return row as ProductRow & { role: Role };
  }

  private async requireWriter(productId: string, userId: string): Promise<ProductRow & { role: Role }> {
    const row = await this.requireProduct(productId, userId);
    if (!atLeast(row.role, 'member')) throw problems.forbidden(`a ${row.role} cannot change products`);
    return row;
  }
}
