import type {
  CreateFeatureRequest,
  Feature,
  FeatureKind,
  FeatureStatus,
  Role,
  UpdateFeatureRequest,
} from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { listGoalIdsOfFeatures, replaceFeatureGoals } from '../goals/feature-goals.repository';
import { problems } from '../http/problem-error';
import type { ScopedWrite } from '../live/announce-write';
import { atLeast } from '../memberships/memberships.policy';
import { checkFeatureSlips } from '../notifications/forecast-slips';
import { checkOwner } from '../risks/risk-rules';
import {
  applyScorecardValues,
  loadFeatureScorecards,
  scorecardInputsOf,
} from '../scorecards/feature-scorecard';
import { deleteFeatureScorecardValues } from '../scorecards/scorecards.repository';
import { requireWorkspace } from '../workspaces/workspaces.service';
import { presentFeature } from './feature.presenter';
import { loadForecasts } from './feature-forecast';
import {
  checkGoals,
  checkLinks,
  checkParent,
  checkProduct,
  checkRelease,
  checkStatusReason,
} from './feature-rules';
import {
  type FeatureRow,
  findFeature,
  findFeatureForUser,
  insertFeature,
  listFeatureLinks,
  listFeatureRows,
  replaceFeatureLinks,
  updateFeatureIfVersion,
} from './features.repository';

export type FeatureSort = 'rank' | 'rice' | 'wsjf' | 'valueEffort' | 'scorecard' | 'updated';

/** A committed write and where it happened (for the live feed). */
export type FeatureWrite<T> = ScopedWrite<T>;

/** Scoring inputs as columns: undefined keeps the stored value, null clears it. */
function scoreColumns(
  input: Pick<CreateFeatureRequest, 'rice' | 'wsjf' | 'value' | 'effort'>,
  current?: FeatureRow,
) {
  const pick = (value: number | null | undefined, stored: number | null | undefined) =>
    value === undefined ? (stored ?? null) : value;
  return {
    rice_reach: pick(input.rice?.reach, current?.rice_reach),
    rice_impact: pick(input.rice?.impact, current?.rice_impact),
    rice_confidence: pick(input.rice?.confidence, current?.rice_confidence),
    rice_effort: pick(input.rice?.effort, current?.rice_effort),
    wsjf_business_value: pick(input.wsjf?.businessValue, current?.wsjf_business_value),
    wsjf_time_criticality: pick(input.wsjf?.timeCriticality, current?.wsjf_time_criticality),
    wsjf_risk_reduction: pick(input.wsjf?.riskReduction, current?.wsjf_risk_reduction),
    wsjf_job_size: pick(input.wsjf?.jobSize, current?.wsjf_job_size),
    value_score: pick(input.value, current?.value_score),
    effort_score: pick(input.effort, current?.effort_score),
  };
}

export class FeaturesService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(
    userId: string,
    workspaceId: string,
    query: { sort?: FeatureSort; status?: FeatureStatus; lane?: string; releaseId?: string },
  ): Promise<Feature[]> {
    await requireWorkspace(this.db, workspaceId, userId);
    let rows = await listFeatureRows(this.db, workspaceId);
    if (query.status) rows = rows.filter((r) => r.status === query.status);
    if (query.lane) rows = rows.filter((r) => r.lane === query.lane);
    if (query.releaseId) rows = rows.filter((r) => r.release_id === query.releaseId);
    const features = await this.presentMany(this.db, workspaceId, rows);
    const sort = query.sort ?? 'rank';
    if (sort === 'updated') return features.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    if (sort === 'rank') return features;
    // highest score first; unscored features last, in rank order
    const score = (f: Feature) => f.scores[sort];
    return features.sort(
      (a, b) =>
        (score(b) ?? Number.NEGATIVE_INFINITY) - (score(a) ?? Number.NEGATIVE_INFINITY) || a.rank - b.rank,
    );
  }

  async get(userId: string, featureId: string): Promise<Feature> {
    const row = await this.requireFeature(featureId, userId);
    return this.presentOne(this.db, row.workspace_id, featureId);
  }

  async create(
    userId: string,
    workspaceId: string,
    input: CreateFeatureRequest,
  ): Promise<FeatureWrite<Feature>> {
    const workspace = await requireWorkspace(this.db, workspaceId, userId);
    if (!atLeast(workspace.role, 'member'))
      throw problems.forbidden(`a ${workspace.role} cannot change the backlog`);
    return this.db.transaction().execute(async (trx) => ({
      value: await this.insertIn(trx, workspaceId, input),
      workspaceId,
    }));
  }

  /** Inserts a feature inside the caller's transaction (permissions already checked). */
  async insertIn(trx: Kysely<Database>, workspaceId: string, input: CreateFeatureRequest): Promise<Feature> {
    const kind: FeatureKind = input.kind ?? 'feature';
    const status = input.status ?? 'new';
    checkStatusReason(status, input.statusReason ?? '');
    await checkParent(trx, workspaceId, null, kind, input.parentId);
    await checkOwner(trx, workspaceId, input.ownerId, 'body.ownerId');
    const links = await checkLinks(trx, workspaceId, input.links ?? []);
    const goalIds = await checkGoals(trx, workspaceId, input.goalIds ?? []);
    await checkRelease(trx, workspaceId, input.releaseId);
    await checkProduct(trx, workspaceId, input.productId);
    const last = await trx
      .selectFrom('features')
      .select((eb) => eb.fn.max('rank').as('rank'))
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    const now = nowUtc();
    const row: FeatureRow = {
      workspace_id: workspaceId,
      id: newId(),
      kind,
      parent_id: input.parentId ?? null,
      title: input.title,
      description: input.description ?? '',
      status,
      status_reason: input.statusReason ?? '',
      owner_id: input.ownerId ?? null,
      ...scoreColumns(input),
      kano: input.kano ?? null,
      lane: input.lane ?? null,
      // new items go to the bottom of the ranking unless placed
      rank: input.rank ?? Number(last?.rank ?? 0) + 1,
      release_id: input.releaseId ?? null,
      target_date: input.targetDate ?? null,
      effort_minutes: input.effortMinutes ?? null,
      product_id: input.productId ?? null,
      team: input.team?.trim() ?? '',
      forecast_late: 0,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await insertFeature(trx, row);
    await replaceFeatureLinks(trx, workspaceId, row.id, links);
    await replaceFeatureGoals(trx, workspaceId, row.id, goalIds);
    await applyScorecardValues(trx, workspaceId, row.id, input.scorecard ?? []);
    // created already late (linked work past the target): the owner hears of it at once
    await checkFeatureSlips(trx, workspaceId, [row.id]);
    return this.presentOne(trx, workspaceId, row.id);
  }

  async update(
    userId: string,
    featureId: string,
    input: UpdateFeatureRequest,
  ): Promise<FeatureWrite<Feature>> {
    const found = await this.requireWriter(featureId, userId);
    const workspaceId = found.workspace_id;
    return this.db.transaction().execute(async (trx) => {
      const current = await findFeature(trx, workspaceId, featureId);
      if (!current) throw problems.notFound('feature', featureId);
      if (current.version !== input.version) {
        throw problems.versionConflict(
          'the feature',
          input.version,
          await this.presentOne(trx, workspaceId, featureId),
          current.version,
        );
      }
      const kind = (input.kind ?? current.kind) as FeatureKind;
      const status = (input.status ?? current.status) as FeatureStatus;
      const statusReason =
        input.statusReason ??
        (input.status !== undefined && input.status !== current.status ? '' : current.status_reason);
      checkStatusReason(status, statusReason);
      const parentId = input.parentId === undefined ? current.parent_id : input.parentId;
      if (input.parentId !== undefined || input.kind !== undefined)
        await checkParent(trx, workspaceId, featureId, kind, parentId);
      if (input.ownerId !== undefined) await checkOwner(trx, workspaceId, input.ownerId, 'body.ownerId');
      if (input.links !== undefined)
        await replaceFeatureLinks(
          trx,
          workspaceId,
          featureId,
          await checkLinks(trx, workspaceId, input.links),
        );
      if (input.goalIds !== undefined)
        await replaceFeatureGoals(
          trx,
          workspaceId,
          featureId,
          await checkGoals(trx, workspaceId, input.goalIds),
        );
      if (input.releaseId !== undefined) await checkRelease(trx, workspaceId, input.releaseId);
      if (input.scorecard !== undefined)
        await applyScorecardValues(trx, workspaceId, featureId, input.scorecard);
      if (input.productId !== undefined) await checkProduct(trx, workspaceId, input.productId);
      const changes: Partial<FeatureRow> = {
        kind,
        parent_id: parentId,
        title: input.title ?? current.title,
        description: input.description ?? current.description,
        status,
        status_reason: statusReason,
        owner_id: input.ownerId === undefined ? current.owner_id : input.ownerId,
        ...scoreColumns(input, current),
        kano: input.kano === undefined ? current.kano : input.kano,
        lane: input.lane === undefined ? current.lane : input.lane,
        rank: input.rank ?? current.rank,
        release_id: input.releaseId === undefined ? current.release_id : input.releaseId,
        target_date: input.targetDate === undefined ? current.target_date : input.targetDate,
        effort_minutes: input.effortMinutes === undefined ? current.effort_minutes : input.effortMinutes,
        product_id: input.productId === undefined ? current.product_id : input.productId,
        team: input.team === undefined ? current.team : input.team.trim(),
        updated_at: nowUtc(),
      };
      if (!(await updateFeatureIfVersion(trx, workspaceId, featureId, current.version, changes))) {
        throw problems.versionConflict(
          'the feature',
          input.version,
          await this.presentOne(trx, workspaceId, featureId),
          current.version + 1,
        );
      }
      // a new target, links, owner or release can move the forecast across the target date
      await checkFeatureSlips(trx, workspaceId, [featureId], [current.release_id]);
      return { value: await this.presentOne(trx, workspaceId, featureId), workspaceId };
    });
  }

  async delete(userId: string, featureId: string, version: number | undefined): Promise<FeatureWrite<null>> {
    const found = await this.requireWriter(featureId, userId);
    const workspaceId = found.workspace_id;
    await this.db.transaction().execute(async (trx) => {
      const current = await findFeature(trx, workspaceId, featureId);
      if (!current) throw problems.notFound('feature', featureId);
      if (version !== undefined && version !== current.version) {
        throw problems.versionConflict(
          'the feature',
          version,
          await this.presentOne(trx, workspaceId, featureId),
          current.version,
        );
      }
      // children move up a level; feedback stays in the inbox, unlinked
      await trx
        .updateTable('features')
        .set({ parent_id: null })
        .where('workspace_id', '=', workspaceId)
        .where('parent_id', '=', featureId)
        .execute();
      await trx
        .updateTable('feedback_items')
        .set({ feature_id: null, status: 'new' })
        .where('workspace_id', '=', workspaceId)
        .where('feature_id', '=', featureId)
        .execute();
      await replaceFeatureLinks(trx, workspaceId, featureId, []);
      await replaceFeatureGoals(trx, workspaceId, featureId, []);
      await deleteFeatureScorecardValues(trx, workspaceId, featureId);
      await trx
        .deleteFrom('features')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', featureId)
        .execute();
      // its release's forecast may be back before the target without it
      await checkFeatureSlips(trx, workspaceId, [], [current.release_id]);
    });
    return { value: null, workspaceId };
  }

  async presentOne(db: Kysely<Database>, workspaceId: string, featureId: string): Promise<Feature> {
    const row = await findFeature(db, workspaceId, featureId);
    if (!row) throw problems.notFound('feature', featureId);
    const [feature] = await this.presentMany(db, workspaceId, [row]);
    return feature;
  }

  private async presentMany(
    db: Kysely<Database>,
    workspaceId: string,
    rows: readonly FeatureRow[],
  ): Promise<Feature[]> {
    const ids = rows.map((r) => r.id);
    const links = await listFeatureLinks(db, workspaceId, ids);
    const forecasts = await loadForecasts(db, workspaceId, rows, links);
    const goals = await listGoalIdsOfFeatures(db, workspaceId, ids);
    const scorecards = await loadFeatureScorecards(db, workspaceId, ids);
    const evidence = new Map<string, number>();
    if (ids.length > 0) {
      const counts = await db
        .selectFrom('feedback_items')
        .select((eb) => ['feature_id', eb.fn.countAll().as('n')])
        .where('workspace_id', '=', workspaceId)
        .where('feature_id', 'in', ids)
        .groupBy('feature_id')
        .execute();
      for (const c of counts) if (c.feature_id) evidence.set(c.feature_id, Number(c.n));
    }
    return rows.map((row) =>
      presentFeature(
        row,
        links.filter((l) => l.featureId === row.id),
        forecasts.get(row.id) ?? null,
        evidence.get(row.id) ?? 0,
        goals.get(row.id) ?? [],
        scorecardInputsOf(scorecards, row.id),
      ),
    );
  }

  private async requireFeature(featureId: string, userId: string): Promise<FeatureRow & { role: Role }> {
    const row = await findFeatureForUser(this.db, featureId, userId);
    if (!row) throw problems.notFound('feature', featureId);
    return row as FeatureRow & { role: Role };
  }

  private async requireWriter(featureId: string, userId: string): Promise<FeatureRow & { role: Role }> {
    const row = await this.requireFeature(featureId, userId);
    if (!atLeast(row.role, 'member')) throw problems.forbidden(`a ${row.role} cannot change the backlog`);
    return row;
  }
}
