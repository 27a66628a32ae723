import type { PutSwotRequest, Swot } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { findProductForUser } from '../products/products.repository';
import { presentSwot } from './market.presenter';
import { findSwot } from './market.repository';
import { type MarketWrite, requireMarketWriter } from './market-access';

/** One SWOT per product, replaced whole; version 0 means "never saved". */
export class SwotService {
  constructor(private readonly db: Kysely<Database>) {}

  async get(userId: string, productId: string): Promise<Swot> {
    const product = await this.requireProduct(productId, userId);
    return presentSwot(productId, await findSwot(this.db, product.workspace_id, productId));
  }

  async put(userId: string, productId: string, input: PutSwotRequest): Promise<MarketWrite<Swot>> {
    const product = await this.requireProduct(productId, userId);
    requireMarketWriter(product.role);
    const workspaceId = product.workspace_id;
    return this.db.transaction().execute(async (trx) => {
      const current = await findSwot(trx, workspaceId, productId);
      const currentVersion = current?.version ?? 0;
      if (input.version !== currentVersion)
        throw problems.versionConflict(
          'the SWOT',
          input.version,
          presentSwot(productId, current),
          currentVersion,
        );
      const values = {
        strengths: JSON.stringify(input.strengths),
        weaknesses: JSON.stringify(input.weaknesses),
        opportunities: JSON.stringify(input.opportunities),
        threats: JSON.stringify(input.threats),
        version: currentVersion + 1,
        updated_at: nowUtc(),
      };
      if (current) {
        const result = await trx
          .updateTable('product_swots')
          .set(values)
          .where('workspace_id', '=', workspaceId)
          .where('product_id', '=', productId)
          .where('version', '=', currentVersion)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) {
          const latest = await findSwot(trx, workspaceId, productId);
          throw problems.versionConflict(
            'the SWOT',
            input.version,
            presentSwot(productId, latest),
            latest?.version ?? 0,
          );
        }
      } else {
        await trx
          .insertInto('product_swots')
          .values({ workspace_id: workspaceId, product_id: productId, ...values })
          .execute();
      }
      return {
        value: presentSwot(productId, await findSwot(trx, workspaceId, productId)),
        workspaceId,
        id: productId,
      };
    });
  }

  private async requireProduct(productId: string, userId: string) {
    const row = await findProductForUser(this.db, productId, userId);
    if (!row) throw problems.notFound('product', productId);
    return row;
  }
}
