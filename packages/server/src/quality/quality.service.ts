import type {
  CreateCriterionRequest,
  Role,
  SetQualityGateRequest,
  TaskQuality,
  UpdateCriterionRequest,
} from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import type { ScopedWrite } from '../live/announce-write';
import { atLeast } from '../memberships/memberships.policy';
import { findRole } from '../memberships/memberships.repository';
import { findTaskForUser, type TaskRow } from '../tasks/tasks.repository';
import { presentQuality } from './quality.presenter';
import {
  deleteCriterion,
  deleteGate,
  findCriterion,
  findCriterionWorkspace,
  findGate,
  insertCriterion,
  insertGate,
  listCriteria,
  updateCriterionIfVersion,
  updateGateIfVersion,
} from './quality.repository';

/** A committed write and where it happened (for the live feed). */
export type QualityWrite<T> = ScopedWrite<T>;

/** Acceptance criteria of tasks and quality gates on milestones. */
export class QualityService {
  constructor(private readonly db: Kysely<Database>) {}

  async get(userId: string, taskId: string): Promise<TaskQuality> {
    const task = await this.requireTask(taskId, userId);
    return this.present(this.db, task.workspace_id, taskId);
  }

  async addCriterion(
    userId: string,
    taskId: string,
    input: CreateCriterionRequest,
  ): Promise<QualityWrite<TaskQuality>> {
    const task = await this.requireWriter(taskId, userId);
    return this.write(task, async (trx) => {
      const existing = await listCriteria(trx, task.workspace_id, taskId);
      await insertCriterion(trx, {
        workspace_id: task.workspace_id,
        id: newId(),
        task_id: taskId,
        text: input.text,
        position: existing.length === 0 ? 0 : Math.max(...existing.map((c) => c.position)) + 1,
        checked: 0,
        checked_by: null,
        checked_at: null,
        version: 1,
      });
      await this.withdrawSignOff(trx, task.workspace_id, taskId);
    });
  }

  async updateCriterion(
    userId: string,
    criterionId: string,
    input: UpdateCriterionRequest,
  ): Promise<QualityWrite<TaskQuality>> {
    const task = await this.requireCriterionTask(criterionId, userId);
    return this.write(task, async (trx) => {
      const current = await findCriterion(trx, task.workspace_id, criterionId);
      if (!current) throw problems.notFound('criterion', criterionId);
      if (current.version !== input.version) {
        throw problems.versionConflict(
          'the criterion',
          input.version,
          await this.present(trx, task.workspace_id, task.id),
          current.version,
        );
      }
      const checked = input.checked === undefined ? current.checked === 1 : input.checked;
      const now = nowUtc();
      const changes = {
        text: input.text ?? current.text,
        checked: checked ? 1 : 0,
        checked_by: checked ? (current.checked === 1 ? current.checked_by : userId) : null,
        checked_at: checked ? (current.checked === 1 ? current.checked_at : now) : null,
      };
      await updateCriterionIfVersion(trx, task.workspace_id, criterionId, current.version, changes);
      // a reworded or unchecked criterion is not what the approver signed off
      if (changes.text !== current.text || (current.checked === 1 && !checked)) {
        await this.withdrawSignOff(trx, task.workspace_id, task.id);
      }
    });
  }

  async deleteCriterion(
    userId: string,
    criterionId: string,
    version: number | undefined,
  ): Promise<QualityWrite<TaskQuality>> {
    const task = await this.requireCriterionTask(criterionId, userId);
    return this.write(task, async (trx) => {
      const current = await findCriterion(trx, task.workspace_id, criterionId);
      if (!current) throw problems.notFound('criterion', criterionId);
      if (version !== undefined && version !== current.version) {
        throw problems.versionConflict(
          'the criterion',
          version,
          await this.present(trx, task.workspace_id, task.id),
          current.version,
        );
      }
      await deleteCriterion(trx, task.workspace_id, criterionId);
      await this.withdrawSignOff(trx, task.workspace_id, task.id);
    });
  }

  async setGate(
    userId: string,
    taskId: string,
    input: SetQualityGateRequest,
  ): Promise<QualityWrite<TaskQuality>> {
    const task = await this.requireWriter(taskId, userId);
    if (task.milestone !== 1)
      throw problems.validation('taskId', 'quality gates go on milestones; this task is not one');
    return this.write(task, async (trx) => {
      if (!(await findRole(trx, task.workspace_id, input.approverId))) {
        throw problems.validation('body.approverId', `${input.approverId} is not a member of this workspace`);
      }
      const gate = await findGate(trx, task.workspace_id, taskId);
      const currentVersion = gate?.version ?? 1;
      if (input.version !== currentVersion) {
        throw problems.versionConflict(
          'the gate',
          input.version,
          await this.present(trx, task.workspace_id, taskId),
          currentVersion,
        );
      }
      if (!gate) {
        await insertGate(trx, {
          workspace_id: task.workspace_id,
          task_id: taskId,
          approver_id: input.approverId,
          signed_off_by: null,
          signed_off_at: null,
          version: 2,
        });
      } else if (gate.approver_id !== input.approverId) {
        // a new approver has not signed anything yet
        await updateGateIfVersion(trx, task.workspace_id, taskId, gate.version, {
          approver_id: input.approverId,
          signed_off_by: null,
          signed_off_at: null,
        });
      }
    });
  }

  async deleteGate(
    userId: string,
    taskId: string,
    version: number | undefined,
  ): Promise<QualityWrite<TaskQuality>> {
    const task = await this.requireWriter(taskId, userId);
    return this.write(task, async (trx) => {
      const gate = await findGate(trx, task.workspace_id, taskId);
      if (!gate) throw problems.notFound('quality gate of task', taskId);
      if (version !== undefined && version !== gate.version) {
        throw problems.versionConflict(
          'the gate',
          version,
          await this.present(trx, task.workspace_id, taskId),
          gate.version,
        );
      }
      await deleteGate(trx, task.workspace_id, taskId);
    });
  }

  /** The named approver signs off; every criterion must be checked first. */
  async signOff(userId: string, taskId: string, version: number): Promise<QualityWrite<TaskQuality>> {
    const task = await this.requireTask(taskId, userId);
    return this.write(task, async (trx) => {
      const gate = await findGate(trx, task.workspace_id, taskId);
      if (!gate) throw problems.notFound('quality gate of task', taskId);
      if (gate.version !== version) {
        throw problems.versionConflict(
          'the gate',
          version,
          await this.present(trx, task.workspace_id, taskId),
          gate.version,
        );
      }
      if (gate.approver_id !== userId)
        throw problems.forbidden('only the named approver can sign this gate off');
      const open = (await listCriteria(trx, task.workspace_id, taskId)).filter((c) => c.checked !== 1);
      if (open.length > 0) {
        throw problems.conflict(
          'criteria',
          `${open.length} acceptance criteria are not met: ${open.map((c) => `"${c.text}"`).join(', ')}`,
        );
      }
      await updateGateIfVersion(trx, task.workspace_id, taskId, gate.version, {
        signed_off_by: userId,
        signed_off_at: nowUtc(),
      });
    });
  }

  private async write(
    task: TaskRow,
    change: (trx: Kysely<Database>) => Promise<void>,
  ): Promise<QualityWrite<TaskQuality>> {
    return this.db.transaction().execute(async (trx) => {
      await change(trx);
      return {
        value: await this.present(trx, task.workspace_id, task.id),
        workspaceId: task.workspace_id,
        projectId: task.project_id,
      };
    });
  }

  private async withdrawSignOff(db: Kysely<Database>, workspaceId: string, taskId: string): Promise<void> {
    const gate = await findGate(db, workspaceId, taskId);
    if (gate?.signed_off_at) {
      await updateGateIfVersion(db, workspaceId, taskId, gate.version, {
        signed_off_by: null,
        signed_off_at: null,
      });
    }
  }

  private async present(db: Kysely<Database>, workspaceId: string, taskId: string): Promise<TaskQuality> {
    return presentQuality(
      taskId,
      await listCriteria(db, workspaceId, taskId),
      await findGate(db, workspaceId, taskId),
    );
  }

  private async requireTask(taskId: string, userId: string): Promise<TaskRow & { role: Role }> {
    const task = await findTaskForUser(this.db, taskId, userId);
    if (!task) throw problems.notFound('task', taskId);
    return task;
  }

  private async requireWriter(taskId: string, userId: string): Promise<TaskRow & { role: Role }> {
    const task = await this.requireTask(taskId, userId);
    if (!atLeast(task.role, 'member'))
      throw problems.forbidden(`a ${task.role} cannot change quality criteria`);
    return task;
  }

  private async requireCriterionTask(criterionId: string, userId: string): Promise<TaskRow & { role: Role }> {
    const found = await findCriterionWorkspace(this.db, criterionId);
    const task = found ? await findTaskForUser(this.db, found.task_id, userId) : undefined;
    if (!task) throw problems.notFound('criterion', criterionId);
    if (!atLeast(task.role, 'member'))
      throw problems.forbidden(`a ${task.role} cannot change quality criteria`);
    return task;
  }
}
