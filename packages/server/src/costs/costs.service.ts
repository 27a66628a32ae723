import type {
  EarnedValue,
  EvMethod,
  ProjectCosts,
  TaskCost,
  UpdateProjectCostSettingsRequest,
  UpdateTaskCostRequest,
} from '@tandem/api';
import { parseDateTime } from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { readSnapshot } from '../db/read-snapshot';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import type { ScopedWrite } from '../live/announce-write';
import { atLeast } from '../memberships/memberships.policy';
import type { ProjectRow } from '../projects/projects.repository';
import { requireProject } from '../projects/projects.service';
import { findTaskForUser } from '../tasks/tasks.repository';
import { type CostContext, loadCostContext } from './cost-context';
import { upsertCostSettingsIfVersion, upsertTaskCostIfVersion } from './costs.repository';
import { computeEarnedValue } from './earned-value';

/** A committed write and where it happened (for the live feed). */
export type CostWrite<T> = ScopedWrite<T>;

export class CostsService {
  constructor(private readonly db: Kysely<Database>) {}

  async get(userId: string, projectId: string): Promise<ProjectCosts> {
    return readSnapshot(this.db, async (trx) => {
      const project = await requireProject(trx, projectId, userId);
      return this.present(project, await loadCostContext(trx, project));
    });
  }

  async updateSettings(
    userId: string,
    projectId: string,
    input: UpdateProjectCostSettingsRequest,
  ): Promise<CostWrite<ProjectCosts>> {
    const project = await requireProject(this.db, projectId, userId);
    if (!atLeast(project.role, 'member')) throw problems.forbidden(`a ${project.role} cannot change budgets`);
    return this.db.transaction().execute(async (trx) => {
      const before = await loadCostContext(trx, project);
      const settings = {
        budgetMinor: input.budgetMinor === undefined ? before.settings.budgetMinor : input.budgetMinor,
        evMethod: input.evMethod ?? before.settings.evMethod,
      };
      if (
        !(await upsertCostSettingsIfVersion(
          trx,
          project.workspace_id,
          project.id,
          settings,
          input.version,
          nowUtc(),
        ))
      ) {
        throw problems.versionConflict(
          'the project costs',
          input.version,
          this.present(project, before),
          before.settings.version,
        );
      }
      const value = this.present(project, await loadCostContext(trx, project));
      return { value, workspaceId: project.workspace_id, projectId: project.id };
    });
  }

  async updateTaskCost(
    userId: string,
    taskId: string,
    input: UpdateTaskCostRequest,
  ): Promise<CostWrite<TaskCost>> {
    const task = await findTaskForUser(this.db, taskId, userId);
    if (!task) throw problems.notFound('task', taskId);
    const project = await requireProject(this.db, task.project_id, userId);
    if (!atLeast(project.role, 'member')) throw problems.forbidden(`a ${project.role} cannot change budgets`);
    return this.db.transaction().execute(async (trx) => {
      const before = await loadCostContext(trx, project);
      const current = before.taskCosts.get(taskId);
      const row = {
        workspaceId: project.workspace_id,
        projectId: project.id,
        taskId,
        fixedCostMinor: input.fixedCostMinor ?? current?.fixedCostMinor ?? 0,
        budgetMinor: input.budgetMinor === undefined ? (current?.budgetMinor ?? null) : input.budgetMinor,
      };
      if (!(await upsertTaskCostIfVersion(trx, row, input.version, nowUtc()))) {
        const present = this.present(project, before).tasks.find((t) => t.taskId === taskId);
        throw problems.versionConflict('the task cost', input.version, present, current?.version ?? 1);
      }
      const after = this.present(project, await loadCostContext(trx, project));
      const value = after.tasks.find((t) => t.taskId === taskId);
      if (!value) throw problems.notFound('task', taskId);
      return { value, workspaceId: project.workspace_id, projectId: project.id };
    });
  }

  async earnedValue(
    userId: string,
    projectId: string,
    query: { statusDate?: string; method?: EvMethod },
  ): Promise<EarnedValue> {
    return readSnapshot(this.db, async (trx) => {
      const project = await requireProject(trx, projectId, userId);
      const context = await loadCostContext(trx, project);
      const statusDate = parseDateTime(query.statusDate ?? project.status_date ?? nowUtc().slice(0, 19));
      return computeEarnedValue(trx, project, context, {
        statusDate,
        method: query.method ?? (context.settings.evMethod as EvMethod),
        currency: project.currency,
      });
    });
  }

  private present(project: ProjectRow, context: CostContext): ProjectCosts {
    let planned = 0;
    let actual = 0;
    const tasks = context.outline.map(({ task, summary, level }) => {
      const figures = context.costs.get(task.id) ?? { plannedCostMinor: 0, actualCostMinor: 0 };
      if (level === 1) {
        planned += figures.plannedCostMinor;
        actual += figures.actualCostMinor;
      }
      const own = context.taskCosts.get(task.id);
      return {
        taskId: task.id,
        fixedCostMinor: own?.fixedCostMinor ?? 0,
        budgetMinor: own?.budgetMinor ?? null,
        plannedCostMinor: figures.plannedCostMinor,
        actualCostMinor: figures.actualCostMinor,
        summary,
        version: own?.version ?? 1,
      };
    });
    return {
      currency: project.currency,
      budgetMinor: context.settings.budgetMinor,
      evMethod: context.settings.evMethod as EvMethod,
      plannedCostMinor: planned,
      actualCostMinor: actual,
      version: context.settings.version,
      tasks,
    };
  }
}
