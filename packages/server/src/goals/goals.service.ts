import type {
  CheckIn,
  CreateCheckInRequest,
  CreateGoalRequest,
  Goal,
  KeyResultInput,
  Role,
  UpdateGoalRequest,
} from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { atLeast } from '../memberships/memberships.policy';
import { checkOwner } from '../risks/risk-rules';
import { requireWorkspace } from '../workspaces/workspaces.service';
import { presentCheckIn, presentGoal } from './goal.presenter';
import { checkKeyResults, checkPeriod } from './goal-rules';
import {
  deleteKeyResults,
  deleteObjective,
  findKeyResultForUser,
  findObjective,
  findObjectiveForUser,
  type KeyResultRow,
  listCheckInRows,
  listGoalFeatureIds,
  listKeyResultRows,
  listObjectiveRows,
  type ObjectiveRow,
  updateObjectiveIfVersion,
} from './goals.repository';

/** A committed goal write and where it happened (for the live feed). */
export interface GoalWrite<T> {
  readonly value: T;
  readonly workspaceId: string;
  readonly goalId: string;
}

export class GoalsService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(userId: string, workspaceId: string): Promise<Goal[]> {
    await requireWorkspace(this.db, workspaceId, userId);
    return this.presentMany(this.db, workspaceId, await listObjectiveRows(this.db, workspaceId));
  }

  async get(userId: string, goalId: string): Promise<Goal> {
    const row = await this.requireGoal(goalId, userId);
    return this.presentOne(this.db, row.workspace_id, goalId);
  }

  async create(userId: string, workspaceId: string, input: CreateGoalRequest): Promise<GoalWrite<Goal>> {
    const workspace = await requireWorkspace(this.db, workspaceId, userId);
    if (!atLeast(workspace.role, 'member'))
      throw problems.forbidden(`a ${workspace.role} cannot change goals`);
    checkKeyResults(input.keyResults ?? [], []);
    checkPeriod(input.periodStart ?? null, input.periodEnd ?? null);
    return this.db.transaction().execute(async (trx) => {
      await checkOwner(trx, workspaceId, input.ownerId, 'body.ownerId');
      const now = nowUtc();
      const row: ObjectiveRow = {
        workspace_id: workspaceId,
        id: newId(),
        title: input.title,
        description: input.description ?? '',
        owner_id: input.ownerId ?? null,
        period_start: input.periodStart ?? null,
        period_end: input.periodEnd ?? null,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto('objectives').values(row).execute();
      await this.writeKeyResults(trx, workspaceId, row.id, input.keyResults ?? [], []);
      return { value: await this.presentOne(trx, workspaceId, row.id), workspaceId, goalId: row.id };
    });
  }

  async update(userId: string, goalId: string, input: UpdateGoalRequest): Promise<GoalWrite<Goal>> {
    const found = await this.requireWriter(goalId, userId);
    const workspaceId = found.workspace_id;
    return this.db.transaction().execute(async (trx) => {
      const current = await findObjective(trx, workspaceId, goalId);
      if (!current) throw problems.notFound('goal', goalId);
      if (current.version !== input.version) await this.conflict(trx, workspaceId, goalId, input.version);
      const existing = await listKeyResultRows(trx, workspaceId, [goalId]);
      if (input.keyResults) checkKeyResults(input.keyResults, existing);
      const periodStart = input.periodStart === undefined ? current.period_start : input.periodStart;
      const periodEnd = input.periodEnd === undefined ? current.period_end : input.periodEnd;
      checkPeriod(periodStart, periodEnd);
      if (input.ownerId !== undefined) await checkOwner(trx, workspaceId, input.ownerId, 'body.ownerId');
      const changes: Partial<ObjectiveRow> = {
        title: input.title ?? current.title,
        description: input.description ?? current.description,
        owner_id: input.ownerId === undefined ? current.owner_id : input.ownerId,
        period_start: periodStart,
        period_end: periodEnd,
        updated_at: nowUtc(),
      };
      if (!(await updateObjectiveIfVersion(trx, workspaceId, goalId, current.version, changes)))
        await this.conflict(trx, workspaceId, goalId, input.version);
      if (input.keyResults) await this.writeKeyResults(trx, workspaceId, goalId, input.keyResults, existing);
      return { value: await this.presentOne(trx, workspaceId, goalId), workspaceId, goalId };
    });
  }

  async delete(userId: string, goalId: string, version: number | undefined): Promise<GoalWrite<null>> {
    const found = await this.requireWriter(goalId, userId);
    const workspaceId = found.workspace_id;
    await this.db.transaction().execute(async (trx) => {
      const current = await findObjective(trx, workspaceId, goalId);
      if (!current) throw problems.notFound('goal', goalId);
      if (version !== undefined && version !== current.version)
        await this.conflict(trx, workspaceId, goalId, version);
      await deleteObjective(trx, workspaceId, goalId);
    });
    return { value: null, workspaceId, goalId };
  }

  async listCheckIns(userId: string, keyResultId: string): Promise<CheckIn[]> {
    const kr = await this.requireKeyResult(keyResultId, userId);
    return (await listCheckInRows(this.db, kr.workspace_id, keyResultId)).map(presentCheckIn);
  }

  /**
   * Records a reading. The latest-dated check-in is the key result's current value and confidence,
   * so a back-dated one is kept in the history without moving them.
   */
  async checkIn(
    userId: string,
    keyResultId: string,
    input: CreateCheckInRequest,
  ): Promise<GoalWrite<{ checkIn: CheckIn; goal: Goal }>> {
    const kr = await this.requireKeyResult(keyResultId, userId);
    if (!atLeast(kr.role as Role, 'member')) throw problems.forbidden(`a ${kr.role} cannot change goals`);
    const workspaceId = kr.workspace_id;
    return this.db.transaction().execute(async (trx) => {
      const [latest] = await listCheckInRows(trx, workspaceId, keyResultId);
      const row = {
        workspace_id: workspaceId,
        id: newId(),
        key_result_id: keyResultId,
        date: input.date,
        value: input.value,
        confidence: input.confidence,
        note: input.note ?? '',
        created_by: userId,
        created_at: nowUtc(),
      };
      await trx.insertInto('key_result_check_ins').values(row).execute();
      if (!latest || input.date >= latest.date) {
        await trx
          .updateTable('key_results')
          .set({ current: input.value, confidence: input.confidence })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', keyResultId)
          .execute();
        // the objective's progress changed: its version moves so stale edits are caught
        await trx
          .updateTable('objectives')
          .set((eb) => ({ version: eb('version', '+', 1), updated_at: row.created_at }))
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', kr.objective_id)
          .execute();
      }
      return {
        value: {
          checkIn: presentCheckIn(row),
          goal: await this.presentOne(trx, workspaceId, kr.objective_id),
        },
        workspaceId,
        goalId: kr.objective_id,
      };
    });
  }

  private async writeKeyResults(
    trx: Kysely<Database>,
    workspaceId: string,
    goalId: string,
    inputs: readonly KeyResultInput[],
    existing: readonly KeyResultRow[],
  ): Promise<void> {
    const kept = new Set(inputs.flatMap((kr) => (kr.id ? [kr.id] : [])));
    await deleteKeyResults(
      trx,
      workspaceId,
      existing.filter((k) => !kept.has(k.id)).map((k) => k.id),
    );
    const byId = new Map(existing.map((k) => [k.id, k]));
    for (const [position, kr] of inputs.entries()) {
      const before = kr.id ? byId.get(kr.id) : undefined;
      const values = {
        position,
        metric: kr.metric,
        baseline: kr.baseline,
        target: kr.target,
        current: kr.current ?? before?.current ?? kr.baseline,
        confidence: kr.confidence ?? before?.confidence ?? 0.5,
      };
      if (before) {
        await trx
          .updateTable('key_results')
          .set(values)
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', before.id)
          .execute();
      } else {
        await trx
          .insertInto('key_results')
          .values({ workspace_id: workspaceId, id: newId(), objective_id: goalId, ...values })
          .execute();
      }
    }
  }

  private async conflict(
    trx: Kysely<Database>,
    workspaceId: string,
    goalId: string,
    sent: number,
  ): Promise<never> {
    const latest = await this.presentOne(trx, workspaceId, goalId);
    throw problems.versionConflict('the goal', sent, latest, latest.version);
  }

  async presentOne(db: Kysely<Database>, workspaceId: string, goalId: string): Promise<Goal> {
    const row = await findObjective(db, workspaceId, goalId);
    if (!row) throw problems.notFound('goal', goalId);
    const [goal] = await this.presentMany(db, workspaceId, [row]);
    return goal;
  }

  private async presentMany(
    db: Kysely<Database>,
    workspaceId: string,
    rows: readonly ObjectiveRow[],
  ): Promise<Goal[]> {
    const ids = rows.map((r) => r.id);
    const krs = await listKeyResultRows(db, workspaceId, ids);
    const features = await listGoalFeatureIds(db, workspaceId, ids);
    return rows.map((row) =>
      presentGoal(
        row,
        krs.filter((k) => k.objective_id === row.id),
        features.filter((f) => f.goal_id === row.id).map((f) => f.feature_id),
      ),
    );
  }

  private async requireGoal(goalId: string, userId: string): Promise<ObjectiveRow & { role: Role }> {
    const row = await findObjectiveForUser(this.db, goalId, userId);
    if (!row) throw problems.notFound('goal', goalId);
    return row as ObjectiveRow & { role: Role };
  }

  private async requireWriter(goalId: string, userId: string): Promise<ObjectiveRow & { role: Role }> {
    const row = await this.requireGoal(goalId, userId);
    if (!atLeast(row.role, 'member')) throw problems.forbidden(`a ${row.role} cannot change goals`);
    return row;
  }

  private async requireKeyResult(
    keyResultId: string,
    userId: string,
  ): Promise<KeyResultRow & { role: string }> {
    const row = await findKeyResultForUser(this.db, keyResultId, userId);
    if (!row) throw problems.notFound('key result', keyResultId);
    return row;
  }
}
