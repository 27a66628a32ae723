import type {
  CreateScorecardCriterionRequest,
  ReorderScorecardRequest,
  Role,
  Scorecard,
  UpdateScorecardCriterionRequest,
} from '@tandem/api';
import { MAX_SCORECARD_CRITERIA } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import type { ScopedWrite } from '../live/announce-write';
import { atLeast } from '../memberships/memberships.policy';
import { requireWorkspace } from '../workspaces/workspaces.service';
import { presentScorecard } from './scorecard.presenter';
import { weightToMilli } from './scorecard-weight';
import {
  bumpScorecardIfVersion,
  type CriterionRow,
  countValuesOutside,
  deleteCriterion,
  findCriterion,
  findCriterionForUser,
  insertCriterion,
  listCriteria,
  scorecardVersion,
  setCriterionPosition,
  touchScorecard,
  updateCriterionIfVersion,
} from './scorecards.repository';

const DEFAULT_SCALE = { min: 1, max: 5 } as const;

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** The workspace's weighted scorecard: its criteria, their weights, scales and order. */
export class ScorecardsService {
  constructor(private readonly db: Kysely<Database>) {}

  async get(userId: string, workspaceId: string): Promise<Scorecard> {
    await requireWorkspace(this.db, workspaceId, userId);
    return this.present(this.db, workspaceId);
  }

  async createCriterion(
    userId: string,
    workspaceId: string,
    input: CreateScorecardCriterionRequest,
  ): Promise<ScopedWrite<Scorecard> & { criterionId: string }> {
    const workspace = await requireWorkspace(this.db, workspaceId, userId);
    if (!atLeast(workspace.role, 'member'))
      throw problems.forbidden(`a ${workspace.role} cannot change the scorecard`);
    return this.db.transaction().execute(async (trx) => {
      const now = nowUtc();
      // first, so concurrent edits of this scorecard queue on its row and positions stay distinct
      await touchScorecard(trx, workspaceId, now);
      const criteria = await listCriteria(trx, workspaceId);
      if (criteria.length >= MAX_SCORECARD_CRITERIA)
        throw problems.conflict('body', `a scorecard holds at most ${MAX_SCORECARD_CRITERIA} criteria`);
      checkNameFree(criteria, input.name, null);
      const row: CriterionRow = {
        workspace_id: workspaceId,
        id: newId(),
        name: input.name.trim(),
        weight_milli: weightToMilli(input.weight),
        scale_min: input.scaleMin ?? DEFAULT_SCALE.min,
        scale_max: input.scaleMax ?? DEFAULT_SCALE.max,
        position: criteria.reduce((last, c) => Math.max(last, Number(c.position) + 1), 0),
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await insertCriterion(trx, row);
      return { value: await this.present(trx, workspaceId), workspaceId, criterionId: row.id };
    });
  }

  async updateCriterion(
    userId: string,
    criterionId: string,
    input: UpdateScorecardCriterionRequest,
  ): Promise<ScopedWrite<Scorecard>> {
    const found = await this.requireWriter(criterionId, userId);
    const workspaceId = found.workspace_id;
    return this.db.transaction().execute(async (trx) => {
      // the scorecard row first: it serialises every criteria edit of the workspace (PostgreSQL),
      // so the name and scale checks below see the others' committed changes
      const now = nowUtc();
      await touchScorecard(trx, workspaceId, now);
      const current = await findCriterion(trx, workspaceId, criterionId);
      if (!current) throw problems.notFound('scorecard criterion', criterionId);
      if (current.version !== input.version) throw await this.stale(trx, workspaceId, current, input.version);
      const scaleMin = input.scaleMin ?? Number(current.scale_min);
      const scaleMax = input.scaleMax ?? Number(current.scale_max);
      if (scaleMin >= scaleMax)
        throw problems.validation(
          input.scaleMax === undefined ? 'body.scaleMin' : 'body.scaleMax',
          `the scale must run upwards: ${scaleMin}–${scaleMax}`,
        );
      if (input.name !== undefined)
        checkNameFree(await listCriteria(trx, workspaceId), input.name, criterionId);
      const outside = await countValuesOutside(trx, workspaceId, criterionId, scaleMin, scaleMax);
      if (outside > 0)
        throw problems.conflict(
          input.scaleMin !== undefined && scaleMin > Number(current.scale_min)
            ? 'body.scaleMin'
            : 'body.scaleMax',
          `${outside} feature${outside === 1 ? ' has a value' : 's have values'} outside ${scaleMin}–${scaleMax}: change or clear them first`,
        );
      const changes: Partial<CriterionRow> = {
        name: input.name?.trim() ?? current.name,
        weight_milli: input.weight === undefined ? current.weight_milli : weightToMilli(input.weight),
        scale_min: scaleMin,
        scale_max: scaleMax,
        updated_at: now,
      };
      // the version is checked in the update itself, so two concurrent writers cannot both win
      if (!(await updateCriterionIfVersion(trx, workspaceId, criterionId, input.version, changes)))
        throw await this.stale(trx, workspaceId, current, input.version);
      return { value: await this.present(trx, workspaceId), workspaceId };
    });
  }

  async deleteCriterion(
    userId: string,
    criterionId: string,
    version: number | undefined,
  ): Promise<ScopedWrite<null>> {
    const found = await this.requireWriter(criterionId, userId);
    const workspaceId = found.workspace_id;
    await this.db.transaction().execute(async (trx) => {
      const current = await findCriterion(trx, workspaceId, criterionId);
      if (!current) throw problems.notFound('scorecard criterion', criterionId);
      if (version !== undefined && version !== current.version)
        throw await this.stale(trx, workspaceId, current, version);
      // before renumbering, so concurrent edits of this scorecard queue on its row
      await touchScorecard(trx, workspaceId, nowUtc());
      await deleteCriterion(trx, workspaceId, criterionId);
      // close the gap so positions stay 0…n−1
      const rest = await listCriteria(trx, workspaceId);
      for (const [index, row] of rest.entries())
        if (Number(row.position) !== index) await setCriterionPosition(trx, workspaceId, row.id, index);
    });
    return { value: null, workspaceId };
  }

  async reorder(
    userId: string,
    workspaceId: string,
    input: ReorderScorecardRequest,
  ): Promise<ScopedWrite<Scorecard>> {
    const workspace = await requireWorkspace(this.db, workspaceId, userId);
    if (!atLeast(workspace.role, 'member'))
      throw problems.forbidden(`a ${workspace.role} cannot change the scorecard`);
    return this.db.transaction().execute(async (trx) => {
      const version = await scorecardVersion(trx, workspaceId);
      if (version !== input.version) throw await this.staleScorecard(trx, workspaceId, input.version);
      const criteria = await listCriteria(trx, workspaceId);
      checkPermutation(
        criteria.map((c) => c.id),
        input.criterionIds,
      );
      if (!(await bumpScorecardIfVersion(trx, workspaceId, input.version, nowUtc())))
        throw await this.staleScorecard(trx, workspaceId, input.version);
      for (const [index, id] of input.criterionIds.entries())
        await setCriterionPosition(trx, workspaceId, id, index);
      return { value: await this.present(trx, workspaceId), workspaceId };
    });
  }

  private async present(db: Kysely<Database>, workspaceId: string): Promise<Scorecard> {
    return presentScorecard(
      workspaceId,
      await scorecardVersion(db, workspaceId),
      await listCriteria(db, workspaceId),
    );
  }

  private async stale(db: Kysely<Database>, workspaceId: string, current: CriterionRow, sent: number) {
    const latest = await this.present(db, workspaceId);
    const now = latest.criteria.find((c) => c.id === current.id);
    return problems.versionConflict('the scorecard criterion', sent, latest, now?.version ?? current.version);
  }

  private async staleScorecard(db: Kysely<Database>, workspaceId: string, sent: number) {
    const latest = await this.present(db, workspaceId);
    return problems.versionConflict('the scorecard', sent, latest, latest.version);
  }

  private async requireWriter(criterionId: string, userId: string): Promise<CriterionRow & { role: Role }> {
    const row = await findCriterionForUser(this.db, criterionId, userId);
    if (!row) throw problems.notFound('scorecard criterion', criterionId);
    if (!atLeast(row.role as Role, 'member'))
      throw problems.forbidden(`a ${row.role} cannot change the scorecard`);
    return row as CriterionRow & { role: Role };
  }
}

function checkNameFree(criteria: readonly CriterionRow[], name: string, exceptId: string | null): void {
  const clash = criteria.find((c) => c.id !== exceptId && sameName(c.name, name));
  if (clash)
    throw problems.conflict('body.name', `the scorecard already has a criterion named ${clash.name}`);
}

function checkPermutation(current: readonly string[], sent: readonly string[]): void {
  const known = new Set(current);
  const seen = new Set<string>();
  for (const [i, id] of sent.entries()) {
    if (!known.has(id))
      throw problems.validation(`body.criterionIds.${i}`, `${id} is not a criterion of this scorecard`);
    if (seen.has(id)) throw problems.validation(`body.criterionIds.${i}`, `${id} is listed twice`);
    seen.add(id);
  }
  const missing = current.filter((id) => !seen.has(id));
  if (missing.length > 0)
    throw problems.validation(
      'body.criterionIds',
      `must list every criterion; missing ${missing.join(', ')}`,
    );
}
