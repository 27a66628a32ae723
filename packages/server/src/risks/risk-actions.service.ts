import type { CreateRiskActionRequest, RiskAction, Role, UpdateRiskActionRequest } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { findRole } from '../memberships/memberships.repository';
import { presentRiskAction } from './risk.presenter';
import { checkOwner } from './risk-rules';
import { riskPolicy } from './risks.policy';
import {
  deleteRiskAction,
  findRisk,
  findRiskAction,
  findRiskActionWorkspace,
  insertRiskAction,
  type RiskActionRow,
  updateRiskActionIfVersion,
} from './risks.repository';
import { type Committed, requireRisk } from './risks.service';

async function projectOfRisk(db: Kysely<Database>, workspaceId: string, riskId: string): Promise<string> {
  const risk = await findRisk(db, workspaceId, riskId);
  if (!risk) throw problems.notFound('risk', riskId);
  return risk.project_id;
}

/** Response actions of a risk: who does what by when, and whether it is done. */
export class RiskActionsService {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    userId: string,
    riskId: string,
    input: CreateRiskActionRequest,
  ): Promise<Committed<RiskAction>> {
    const risk = await requireRisk(this.db, riskId, userId);
    if (!riskPolicy.write(risk.role))
      throw problems.forbidden(`a ${risk.role} cannot change the risk register`);
    return this.db.transaction().execute(async (trx) => {
      await checkOwner(trx, risk.workspace_id, input.ownerId, 'body.ownerId');
      const now = nowUtc();
      const row: RiskActionRow = {
        workspace_id: risk.workspace_id,
        id: newId(),
        risk_id: risk.id,
        title: input.title,
        owner_id: input.ownerId ?? null,
        due_date: input.dueDate ?? null,
        done: input.done ? 1 : 0,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await insertRiskAction(trx, row);
      return { value: presentRiskAction(row), workspaceId: risk.workspace_id, projectId: risk.project_id };
    });
  }

  async update(
    userId: string,
    actionId: string,
    input: UpdateRiskActionRequest,
  ): Promise<Committed<RiskAction>> {
    const { workspaceId, role } = await this.requireAction(actionId, userId);
    if (!riskPolicy.write(role)) throw problems.forbidden(`a ${role} cannot change the risk register`);
    return this.db.transaction().execute(async (trx) => {
      const current = await findRiskAction(trx, workspaceId, actionId);
      if (!current) throw problems.notFound('risk action', actionId);
      if (current.version !== input.version) {
        throw problems.versionConflict(
          'the action',
          input.version,
          presentRiskAction(current),
          current.version,
        );
      }
      if (input.ownerId !== undefined) await checkOwner(trx, workspaceId, input.ownerId, 'body.ownerId');
      const changes = {
        title: input.title ?? current.title,
        owner_id: input.ownerId === undefined ? current.owner_id : input.ownerId,
        due_date: input.dueDate === undefined ? current.due_date : input.dueDate,
        done: input.done === undefined ? current.done : input.done ? 1 : 0,
        updated_at: nowUtc(),
      };
      if (!(await updateRiskActionIfVersion(trx, workspaceId, actionId, current.version, changes))) {
        const latest = await findRiskAction(trx, workspaceId, actionId);
        throw problems.versionConflict(
          'the action',
          input.version,
          latest && presentRiskAction(latest),
          latest?.version ?? 0,
        );
      }
      const value = presentRiskAction({ ...current, ...changes, version: current.version + 1 });
      return { value, workspaceId, projectId: await projectOfRisk(trx, workspaceId, current.risk_id) };
    });
  }

  async delete(userId: string, actionId: string, version: number | undefined): Promise<Committed<string>> {
    const { workspaceId, role } = await this.requireAction(actionId, userId);
    if (!riskPolicy.write(role)) throw problems.forbidden(`a ${role} cannot change the risk register`);
    return this.db.transaction().execute(async (trx) => {
      const current = await findRiskAction(trx, workspaceId, actionId);
      if (!current) throw problems.notFound('risk action', actionId);
      if (version !== undefined && version !== current.version) {
        throw problems.versionConflict('the action', version, presentRiskAction(current), current.version);
      }
      await deleteRiskAction(trx, workspaceId, actionId);
      // the value is the risk whose actions changed
      return {
        value: current.risk_id,
        workspaceId,
        projectId: await projectOfRisk(trx, workspaceId, current.risk_id),
      };
    });
  }

  /** The action's workspace and the caller's role there; 404 for strangers and unknown ids alike. */
  private async requireAction(
    actionId: string,
    userId: string,
  ): Promise<{ workspaceId: string; role: Role }> {
    const workspaceId = await findRiskActionWorkspace(this.db, actionId);
    const role = workspaceId ? await findRole(this.db, workspaceId, userId) : undefined;
    if (!workspaceId || !role) throw problems.notFound('risk action', actionId);
    return { workspaceId, role };
  }
}
