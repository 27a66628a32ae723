import type {
  ComparisonMatrix,
  Competitor,
  CreateCompetitorRequest,
  FeatureStatus,
  FeatureSupport,
  UpdateCompetitorRequest,
} from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { findFeature, listFeatureRows } from '../features/features.repository';
import { problems } from '../http/problem-error';
import { presentCompetitor } from './market.presenter';
import {
  type CompetitorRow,
  findCompetitor,
  findCompetitorForUser,
  listCellRows,
  listCompetitorRows,
  upsertCell,
} from './market.repository';
import { type MarketWrite, requireMarketWorkspace, requireMarketWriter } from './market-access';

export class CompetitorsService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(userId: string, workspaceId: string): Promise<Competitor[]> {
    await requireMarketWorkspace(this.db, workspaceId, userId, false);
    return (await listCompetitorRows(this.db, workspaceId)).map(presentCompetitor);
  }

  async get(userId: string, competitorId: string): Promise<Competitor> {
    return presentCompetitor(await this.requireCompetitor(competitorId, userId));
  }

  async create(
    userId: string,
    workspaceId: string,
    input: CreateCompetitorRequest,
  ): Promise<MarketWrite<Competitor>> {
    await requireMarketWorkspace(this.db, workspaceId, userId, true);
    const now = nowUtc();
    const row: CompetitorRow = {
      workspace_id: workspaceId,
      id: newId(),
      name: input.name,
      website: input.website ?? '',
      profile: input.profile ?? '',
      strengths: JSON.stringify(input.strengths ?? []),
      weaknesses: JSON.stringify(input.weaknesses ?? []),
      pricing: input.pricing ?? '',
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction().execute((trx) => trx.insertInto('competitors').values(row).execute());
    return { value: presentCompetitor(row), workspaceId, id: row.id };
  }

  async update(
    userId: string,
    competitorId: string,
    input: UpdateCompetitorRequest,
  ): Promise<MarketWrite<Competitor>> {
    const found = await this.requireCompetitor(competitorId, userId);
    requireMarketWriter(found.role);
    const workspaceId = found.workspace_id;
    return this.db.transaction().execute(async (trx) => {
      const current = await findCompetitor(trx, workspaceId, competitorId);
      if (!current) throw problems.notFound('competitor', competitorId);
      const result = await trx
        .updateTable('competitors')
        .set({
          name: input.name ?? current.name,
          website: input.website ?? current.website,
          profile: input.profile ?? current.profile,
          strengths: input.strengths === undefined ? current.strengths : JSON.stringify(input.strengths),
          weaknesses: input.weaknesses === undefined ? current.weaknesses : JSON.stringify(input.weaknesses),
          pricing: input.pricing ?? current.pricing,
          version: input.version + 1,
          updated_at: nowUtc(),
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', competitorId)
        .where('version', '=', input.version)
        .executeTakeFirst();
      const latest = (await findCompetitor(trx, workspaceId, competitorId)) as CompetitorRow;
      if (Number(result.numUpdatedRows) !== 1)
        throw problems.versionConflict(
          'the competitor',
          input.version,
          presentCompetitor(latest),
          latest.version,
        );
      return { value: presentCompetitor(latest), workspaceId, id: competitorId };
    });
  }

  async delete(
    userId: string,
    competitorId: string,
    version: number | undefined,
  ): Promise<MarketWrite<null>> {
    const found = await this.requireCompetitor(competitorId, userId);
    requireMarketWriter(found.role);
    const workspaceId = found.workspace_id;
    await this.db.transaction().execute(async (trx) => {
      const current = await findCompetitor(trx, workspaceId, competitorId);
      if (!current) throw problems.notFound('competitor', competitorId);
      if (version !== undefined && version !== current.version)
        throw problems.versionConflict(
          'the competitor',
          version,
          presentCompetitor(current),
          current.version,
        );
      await trx
        .deleteFrom('competitor_features')
        .where('workspace_id', '=', workspaceId)
        .where('competitor_id', '=', competitorId)
        .execute();
      await trx
        .deleteFrom('competitors')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', competitorId)
        .execute();
    });
    return { value: null, workspaceId, id: competitorId };
  }

  /** Our features (by rank, rejected ones left out) against every competitor; unfilled cells are unknown. */
  async matrix(userId: string, workspaceId: string): Promise<ComparisonMatrix> {
    await requireMarketWorkspace(this.db, workspaceId, userId, false);
    const competitors = await listCompetitorRows(this.db, workspaceId);
    const features = (await listFeatureRows(this.db, workspaceId)).filter((f) => f.status !== 'rejected');
    const cells = new Map(
      (await listCellRows(this.db, workspaceId)).map((c) => [`${c.feature_id}/${c.competitor_id}`, c]),
    );
    return {
      competitors: competitors.map((c) => ({ id: c.id, name: c.name })),
      rows: features.map((feature) => ({
        featureId: feature.id,
        title: feature.title,
        status: feature.status as FeatureStatus,
        cells: competitors.map((competitor) => {
          const cell = cells.get(`${feature.id}/${competitor.id}`);
          return {
            competitorId: competitor.id,
            support: (cell?.support ?? 'unknown') as FeatureSupport,
            note: cell?.note ?? '',
          };
        }),
      })),
    };
  }

  async setCell(
    userId: string,
    competitorId: string,
    featureId: string,
    input: { support: FeatureSupport; note?: string },
  ): Promise<
    MarketWrite<{ competitorId: string; featureId: string; support: FeatureSupport; note: string }>
  > {
    const competitor = await this.requireCompetitor(competitorId, userId);
    requireMarketWriter(competitor.role);
    const workspaceId = competitor.workspace_id;
    if (!(await findFeature(this.db, workspaceId, featureId))) throw problems.notFound('feature', featureId);
    const note = input.note ?? '';
    await this.db.transaction().execute((trx) =>
      upsertCell(trx, {
        workspace_id: workspaceId,
        competitor_id: competitorId,
        feature_id: featureId,
        support: input.support,
        note,
      }),
    );
    return {
      value: { competitorId, featureId, support: input.support, note },
      workspaceId,
      id: competitorId,
    };
  }

  private async requireCompetitor(
    competitorId: string,
    userId: string,
  ): Promise<CompetitorRow & { role: string }> {
    const row = await findCompetitorForUser(this.db, competitorId, userId);
    if (!row) throw problems.notFound('competitor', competitorId);
    return row;
  }
}
