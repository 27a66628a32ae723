import {
  type CreateRiskRequest,
  type Risk,
  type RiskHistory,
  type RiskKind,
  type Role,
  riskScore,
  type UpdateRiskRequest,
} from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { isUniqueViolation } from '../db/unique-violation';
import { problems } from '../http/problem-error';
import type { ScopedWrite } from '../live/announce-write';
import { requireProject } from '../projects/projects.service';
import { presentRisk } from './risk.presenter';
import { checkOwner, checkStrategy, checkTasks, defaultStrategy, PROBABILITY_OF_RATING } from './risk-rules';
import { riskPolicy } from './risks.policy';
import {
  deleteRisk,
  findRisk,
  findRiskForUser,
  insertRisk,
  insertRiskHistory,
  listRiskActions,
  listRiskHistory,
  listRisks,
  listRiskTasks,
  nextRiskNumber,
  type RiskRow,
  replaceRiskTasks,
  updateRiskIfVersion,
} from './risks.repository';

/** The risk as the user may see it; 404 when absent or in a workspace the user is not in. */
export async function requireRisk(
  db: Kysely<Database>,
  riskId: string,
  userId: string,
): Promise<RiskRow & { role: Role }> {
  const row = await findRiskForUser(db, riskId, userId);
  if (!row) throw problems.notFound('risk', riskId);
  return row as RiskRow & { role: Role };
}

/** A committed write and where it happened (for the live feed). */
export type Committed<T> = ScopedWrite<T> & { readonly projectId: string };

export class RisksService {
  constructor(private readonly db: Kysely<Database>) {}

  /** The register, highest score first (ties: oldest first). */
  async list(userId: string, projectId: string): Promise<Risk[]> {
    const project = await requireProject(this.db, projectId, userId);
    const rows = await listRisks(this.db, project.workspace_id, project.id);
    const risks = await this.presentMany(this.db, project.workspace_id, rows);
    return risks.sort((a, b) => b.score - a.score || Number(a.code.slice(2)) - Number(b.code.slice(2)));
  }

  async get(userId: string, riskId: string): Promise<Risk> {
    const row = await requireRisk(this.db, riskId, userId);
    return this.present(this.db, row.workspace_id, row.id);
  }

  async create(userId: string, projectId: string, input: CreateRiskRequest): Promise<Committed<Risk>> {
    const project = await requireProject(this.db, projectId, userId);
    if (!riskPolicy.write(project.role))
      throw problems.forbidden(`a ${project.role} cannot change the risk register`);
    const kind: RiskKind = input.kind ?? 'threat';
    const strategy = input.strategy ?? defaultStrategy(kind);
    checkStrategy(kind, strategy);
    const workspaceId = project.workspace_id;
    // a concurrent create can take the same number: the unique key refuses it, and we retry once
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.db.transaction().execute(async (trx) => {
          await checkOwner(trx, workspaceId, input.ownerId, 'body.ownerId');
          const taskIds = await checkTasks(trx, workspaceId, project.id, input.taskIds ?? []);
          const now = nowUtc();
          const id = newId();
          const row = {
            workspace_id: workspaceId,
            id,
            project_id: project.id,
            number: await nextRiskNumber(trx, workspaceId, project.id),
            kind,
            title: input.title,
            cause: input.cause ?? '',
            effect: input.effect ?? '',
            category: input.category ?? '',
            owner_id: input.ownerId ?? null,
            probability: input.probability,
            schedule_impact: input.scheduleImpact,
            cost_impact: input.costImpact,
            probability_percent: input.probabilityPercent ?? PROBABILITY_OF_RATING[input.probability],
            schedule_impact_minutes: input.scheduleImpactMinutes ?? 0,
            cost_impact_minor: input.costImpactMinor ?? 0,
            strategy,
            trigger_text: input.trigger ?? '',
            status: input.status ?? 'open',
            version: 1,
            created_at: now,
            updated_at: now,
          };
          await insertRisk(trx, row);
          await replaceRiskTasks(trx, workspaceId, id, taskIds);
          await this.recordHistory(trx, row, userId, now);
          return { value: await this.present(trx, workspaceId, id), workspaceId, projectId: project.id };
        });
      } catch (error) {
        if (attempt === 0 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }

  /** Partial update under optimistic concurrency; a change of rating adds a history entry. */
  async update(userId: string, riskId: string, input: UpdateRiskRequest): Promise<Committed<Risk>> {
    const current = await requireRisk(this.db, riskId, userId);
    if (!riskPolicy.write(current.role))
      throw problems.forbidden(`a ${current.role} cannot change the risk register`);
    const workspaceId = current.workspace_id;
    return this.db.transaction().execute(async (trx) => {
      const locked = await findRisk(trx, workspaceId, riskId);
      if (!locked) throw problems.notFound('risk', riskId);
      if (locked.version !== input.version) {
        throw problems.versionConflict(
          'the risk',
          input.version,
          await this.present(trx, workspaceId, riskId),
          locked.version,
        );
      }
      const kind = (input.kind ?? locked.kind) as RiskKind;
      const strategy =
        input.strategy ??
        (input.kind && input.kind !== locked.kind ? defaultStrategy(kind) : locked.strategy);
      checkStrategy(kind, strategy as Risk['strategy']);
      if (input.ownerId !== undefined) await checkOwner(trx, workspaceId, input.ownerId, 'body.ownerId');
      if (input.taskIds !== undefined) {
        await replaceRiskTasks(
          trx,
          workspaceId,
          riskId,
          await checkTasks(trx, workspaceId, locked.project_id, input.taskIds),
        );
      }
      const now = nowUtc();
      const probability = input.probability ?? locked.probability;
      const changes = {
        kind,
        strategy,
        title: input.title ?? locked.title,
        cause: input.cause ?? locked.cause,
        effect: input.effect ?? locked.effect,
        category: input.category ?? locked.category,
        owner_id: input.ownerId === undefined ? locked.owner_id : input.ownerId,
        probability,
        schedule_impact: input.scheduleImpact ?? locked.schedule_impact,
        cost_impact: input.costImpact ?? locked.cost_impact,
        // a new rating without a new number moves the number to the rating's band
        probability_percent:
          input.probabilityPercent ??
          (input.probability !== undefined && input.probability !== locked.probability
            ? PROBABILITY_OF_RATING[probability]
            : locked.probability_percent),
        schedule_impact_minutes: input.scheduleImpactMinutes ?? locked.schedule_impact_minutes,
        cost_impact_minor: input.costImpactMinor ?? locked.cost_impact_minor,
        trigger_text: input.trigger ?? locked.trigger_text,
        status: input.status ?? locked.status,
        updated_at: now,
      };
      if (!(await updateRiskIfVersion(trx, workspaceId, riskId, locked.version, changes))) {
        const latest = await findRisk(trx, workspaceId, riskId);
        throw problems.versionConflict(
          'the risk',
          input.version,
          await this.present(trx, workspaceId, riskId),
          latest?.version ?? 0,
        );
      }
      const rated =
        changes.probability !== locked.probability ||
        changes.schedule_impact !== locked.schedule_impact ||
        changes.cost_impact !== locked.cost_impact;
      if (rated) await this.recordHistory(trx, { ...locked, ...changes }, userId, now);
      return {
        value: await this.present(trx, workspaceId, riskId),
        workspaceId,
        projectId: locked.project_id,
      };
    });
  }

  async delete(userId: string, riskId: string, version: number | undefined): Promise<Committed<null>> {
    const current = await requireRisk(this.db, riskId, userId);
    if (!riskPolicy.write(current.role))
      throw problems.forbidden(`a ${current.role} cannot change the risk register`);
    await this.db.transaction().execute(async (trx) => {
      const locked = await findRisk(trx, current.workspace_id, riskId);
      if (!locked) throw problems.notFound('risk', riskId);
      if (version !== undefined && version !== locked.version) {
        throw problems.versionConflict(
          'the risk',
          version,
          await this.present(trx, current.workspace_id, riskId),
          locked.version,
        );
      }
      await deleteRisk(trx, current.workspace_id, riskId);
    });
    return { value: null, workspaceId: current.workspace_id, projectId: current.project_id };
  }

  async history(userId: string, riskId: string): Promise<RiskHistory> {
    const risk = await requireRisk(this.db, riskId, userId);
    const rows = await listRiskHistory(this.db, risk.workspace_id, riskId);
    return {
      items: rows.map((row) => ({
        changedAt: row.changed_at,
        changedBy: row.changed_by,
        probability: row.probability,
        scheduleImpact: row.schedule_impact,
        costImpact: row.cost_impact,
        score: row.score,
      })),
    };
  }

  /** Present one risk with its tasks and actions (inside the caller's transaction when given one). */
  async present(db: Kysely<Database>, workspaceId: string, riskId: string): Promise<Risk> {
    const row = await findRisk(db, workspaceId, riskId);
    if (!row) throw problems.notFound('risk', riskId);
    const [risk] = await this.presentMany(db, workspaceId, [row]);
    return risk;
  }

  private async presentMany(
    db: Kysely<Database>,
    workspaceId: string,
    rows: readonly RiskRow[],
  ): Promise<Risk[]> {
    const ids = rows.map((r) => r.id);
    const tasks = await listRiskTasks(db, workspaceId, ids);
    const actions = await listRiskActions(db, workspaceId, ids);
    return rows.map((row) => presentRisk(row, tasks.get(row.id) ?? [], actions.get(row.id) ?? []));
  }

  private async recordHistory(
    db: Kysely<Database>,
    row: Pick<RiskRow, 'workspace_id' | 'id' | 'probability' | 'schedule_impact' | 'cost_impact'>,
    userId: string,
    at: string,
  ): Promise<void> {
    await insertRiskHistory(db, {
      workspace_id: row.workspace_id,
      id: newId(),
      risk_id: row.id,
      changed_at: at,
      changed_by: userId,
      probability: row.probability,
      schedule_impact: row.schedule_impact,
      cost_impact: row.cost_impact,
      score: riskScore(row.probability, row.schedule_impact, row.cost_impact).score,
    });
  }
}
