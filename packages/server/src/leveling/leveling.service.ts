import type {
  ClearLevelingRequest,
  ClearLevelingResult,
  LevelRequest,
  LevelResult,
  ScheduleChanges,
} from '@tandem/api';
import { formatDateTime, type LevelingOptions, levelProject } from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { problems } from '../http/problem-error';
import { requireProject } from '../projects/projects.service';
import { type ChangeNotice, type CommittedWrite, changedIdsOf } from '../scheduling/committed-write';
import type { ProjectScheduler } from '../scheduling/project-schedule.service';
import { presentChanges } from '../tasks/rescheduled-tasks';
import { taskPolicy } from '../tasks/tasks.policy';
import {
  deleteLevelingDelays,
  listLevelingDelays,
  replaceLevelingDelays,
} from './leveling-delays.repository';
import { presentOverallocation } from './overallocation.presenter';
import { loadStoredPlan, runEngine } from './stored-plan';

/** Levelling moves tasks: the same people may do it as may edit tasks. */
const levelingPolicy = taskPolicy;

export class LevelingService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly scheduler: ProjectScheduler,
  ) {}

  /**
   * Levels the project's work resources with the engine (`levelProject`), stores every task's
   * levelling delay and reschedules, all in one transaction. Answers the delays, what could not be
   * resolved and every task that moved.
   */
  async level(userId: string, projectId: string, input: LevelRequest): Promise<CommittedWrite<LevelResult>> {
    return this.db.transaction().execute(async (trx) => {
      const project = await requireProject(trx, projectId, userId);
      if (!levelingPolicy.edit(project.role))
        throw problems.forbidden(`a ${project.role} cannot change the plan`);
      const workspaceId = project.workspace_id;
      await this.scheduler.lockPlan(trx, workspaceId, project.id);
      const plan = await loadStoredPlan(trx, project);
      const assigned = new Set((plan.input.resources ?? []).map((r) => r.id));
      for (const [i, id] of (input.resourceIds ?? []).entries()) {
        if (!assigned.has(id))
          throw problems.validation(
            `body.resourceIds.${i}`,
            `resource ${id} has no assignment in this project`,
          );
      }
      const options: LevelingOptions = {
        order: input.order ?? 'standard',
        withinSlack: input.withinSlack ?? false,
        clearExisting: input.clearExisting ?? true,
        ...(input.schedules !== undefined ? { schedules: input.schedules } : {}),
        ...(input.seed !== undefined ? { seed: input.seed } : {}),
        ...(input.resourceIds ? { resourceIds: input.resourceIds } : {}),
      };
      const result = runEngine(() => levelProject(plan.input, options));
      await replaceLevelingDelays(
        trx,
        workspaceId,
        project.id,
        result.project.tasks.map((task) => ({
          workspace_id: workspaceId,
          project_id: project.id,
          task_id: task.id,
          delay_minutes: task.levelingDelay ?? 0,
        })),
      );
      const changes = await this.reschedule(trx, workspaceId, project.id);
      return {
        body: {
          delays: result.delays.map((delay) => ({
            taskId: delay.taskId,
            delayMinutes: delay.delayMinutes,
            from: formatDateTime(delay.from),
            to: formatDateTime(delay.to),
          })),
          remaining: result.remaining.map((over) => ({
            ...presentOverallocation(over),
            reason: over.reason,
          })),
          finishBefore: formatDateTime(result.finishBefore),
          finishAfter: formatDateTime(result.finishAfter),
          ...changes,
        },
        change: levelingChange(workspaceId, project.id, changes),
      };
    });
  }

  /** Removes the levelling delays of every task, or of `taskIds`, and reschedules. */
  async clear(
    userId: string,
    projectId: string,
    input: ClearLevelingRequest,
  ): Promise<CommittedWrite<ClearLevelingResult>> {
    return this.db.transaction().execute(async (trx) => {
      const project = await requireProject(trx, projectId, userId);
      if (!levelingPolicy.edit(project.role))
        throw problems.forbidden(`a ${project.role} cannot change the plan`);
      const workspaceId = project.workspace_id;
      await this.scheduler.lockPlan(trx, workspaceId, project.id);
      if (input.taskIds) await this.checkTasks(trx, workspaceId, project.id, input.taskIds);
      const delays = await listLevelingDelays(trx, workspaceId, project.id);
      const cleared = input.taskIds ? input.taskIds.filter((id) => delays.has(id)) : [...delays.keys()];
      await deleteLevelingDelays(trx, workspaceId, project.id, cleared);
      const changes = await this.reschedule(trx, workspaceId, project.id);
      return {
        body: { clearedTaskIds: cleared, ...changes },
        change: levelingChange(workspaceId, project.id, changes),
      };
    });
  }

  private async reschedule(
    trx: Kysely<Database>,
    workspaceId: string,
    projectId: string,
  ): Promise<ScheduleChanges> {
    const report = await this.scheduler.reschedule(trx, workspaceId, projectId);
    return presentChanges(trx, workspaceId, projectId, report.changedTaskIds, report);
  }

  private async checkTasks(
    trx: Kysely<Database>,
    workspaceId: string,
    projectId: string,
    taskIds: readonly string[],
  ): Promise<void> {
    const known = new Set<string>();
    // chunked: SQLite allows at most 32,766 bound parameters per statement
    for (let i = 0; i < taskIds.length; i += 1000) {
      const found = await trx
        .selectFrom('tasks')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('project_id', '=', projectId)
        .where('id', 'in', taskIds.slice(i, i + 1000))
        .execute();
      for (const row of found) known.add(row.id);
    }
    const missing = taskIds.findIndex((id) => !known.has(id));
    if (missing >= 0)
      throw problems.validation(`body.taskIds.${missing}`, `task ${taskIds[missing]} is not in this project`);
  }
}

/** Levelling writes task delays: viewers refetch the moved tasks. */
function levelingChange(workspaceId: string, projectId: string, changes: ScheduleChanges): ChangeNotice {
  const ids = changedIdsOf(changes);
  return { workspaceId, projectId, entity: 'task', kind: 'upsert', ids, rescheduledTaskIds: ids };
}
