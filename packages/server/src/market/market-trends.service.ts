import type { CreateMarketTrendRequest, MarketTrend, UpdateMarketTrendRequest } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { presentTrend } from './market.presenter';
import { findTrend, findTrendForUser, listTrendRows, type MarketTrendRow } from './market.repository';
import { type MarketWrite, requireMarketWorkspace, requireMarketWriter } from './market-access';

export class MarketTrendsService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(userId: string, workspaceId: string): Promise<MarketTrend[]> {
    await requireMarketWorkspace(this.db, workspaceId, userId, false);
    return (await listTrendRows(this.db, workspaceId)).map(presentTrend);
  }

  async create(
    userId: string,
    workspaceId: string,
    input: CreateMarketTrendRequest,
  ): Promise<MarketWrite<MarketTrend>> {
    await requireMarketWorkspace(this.db, workspaceId, userId, true);
    const now = nowUtc();
    const row: MarketTrendRow = {
      workspace_id: workspaceId,
      id: newId(),
      title: input.title,
      description: input.description ?? '',
      impact: input.impact ?? 'medium',
      observed_on: input.observedOn ?? now.slice(0, 10),
      links: JSON.stringify(input.links ?? []),
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction().execute((trx) => trx.insertInto('market_trends').values(row).execute());
    return { value: presentTrend(row), workspaceId, id: row.id };
  }

  async update(
    userId: string,
    trendId: string,
    input: UpdateMarketTrendRequest,
  ): Promise<MarketWrite<MarketTrend>> {
    const found = await this.requireTrend(trendId, userId);
    requireMarketWriter(found.role);
    const workspaceId = found.workspace_id;
    return this.db.transaction().execute(async (trx) => {
      const current = await findTrend(trx, workspaceId, trendId);
      if (!current) throw problems.notFound('market trend', trendId);
      const result = await trx
        .updateTable('market_trends')
        .set({
          title: input.title ?? current.title,
          description: input.description ?? current.description,
          impact: input.impact ?? current.impact,
          observed_on: input.observedOn ?? current.observed_on,
          links: input.links === undefined ? current.links : JSON.stringify(input.links),
          version: input.version + 1,
          updated_at: nowUtc(),
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', trendId)
        .where('version', '=', input.version)
        .executeTakeFirst();
      const latest = (await findTrend(trx, workspaceId, trendId)) as MarketTrendRow;
      if (Number(result.numUpdatedRows) !== 1)
        throw problems.versionConflict(
          'the market trend',
          input.version,
          presentTrend(latest),
          latest.version,
        );
      return { value: presentTrend(latest), workspaceId, id: trendId };
    });
  }

  async delete(userId: string, trendId: string, version: number | undefined): Promise<MarketWrite<null>> {
    const found = await this.requireTrend(trendId, userId);
    requireMarketWriter(found.role);
    const workspaceId = found.workspace_id;
    await this.db.transaction().execute(async (trx) => {
      const current = await findTrend(trx, workspaceId, trendId);
      if (!current) throw problems.notFound('market trend', trendId);
      if (version !== undefined && version !== current.version)
        throw problems.versionConflict('the market trend', version, presentTrend(current), current.version);
      await trx
        .deleteFrom('market_trends')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', trendId)
        .execute();
    });
    return { value: null, workspaceId, id: trendId };
  }

  private async requireTrend(trendId: string, userId: string): Promise<MarketTrendRow & { role: string }> {
    const row = await findTrendForUser(this.db, trendId, userId);
    if (!row) throw problems.notFound('market trend', trendId);
    return row;
  }
}
