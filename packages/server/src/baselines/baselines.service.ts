import type { BaselineComparison, BaselineSummary, SetBaselineRequest } from '@tandem/api';
import { compileCalendars } from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { lockProject } from '../projects/projects.repository';
import { requireProject } from '../projects/projects.service';
import type { CommittedWrite } from '../scheduling/committed-write';
import { loadProjectInput } from '../scheduling/project-schedule.service';
import { buildOutline } from '../tasks/task-outline';
import { taskPolicy } from '../tasks/tasks.policy';
import { listTasks } from '../tasks/tasks.repository';
import { compareWithBaseline } from './baseline-comparison';
import {
  type BaselineRow,
  clearBaseline,
  listBaseline,
  summarizeBaselines,
  upsertBaselines,
} from './baselines.repository';

/** Saving and clearing baselines is editing the plan; reading them is reading it. */
const baselinePolicy = taskPolicy;

export class BaselinesService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(userId: string, projectId: string): Promise<BaselineSummary[]> {
    const project = await requireProject(this.db, projectId, userId);
    return summarizeBaselines(this.db, project.workspace_id, project.id);
  }

  /**
   * Saves the stored schedule (start, finish, duration) as baseline `number` of every task, or of
   * `taskIds` only; other tasks keep what they held under that number.
   */
  async set(
    userId: string,
    projectId: string,
    input: SetBaselineRequest,
  ): Promise<CommittedWrite<BaselineSummary>> {
    return this.db.transaction().execute(async (trx) => {
      const project = await requireProject(trx, projectId, userId);
      if (!baselinePolicy.edit(project.role))
        throw problems.forbidden(`a ${project.role} cannot change the plan`);
      const workspaceId = project.workspace_id;
      await lockProject(trx, workspaceId, project.id);
      const tasks = await listTasks(trx, workspaceId, project.id);
      let chosen = tasks;
      if (input.taskIds) {
        const byId = new Map(tasks.map((t) => [t.id, t]));
        chosen = input.taskIds.map((id, i) => {
          const task = byId.get(id);
          if (!task) throw problems.validation(`body.taskIds.${i}`, `task ${id} is not in this project`);
          return task;
        });
        chosen = [...new Map(chosen.map((t) => [t.id, t])).values()];
      }
      const savedAt = nowUtc();
      const rows: BaselineRow[] = chosen.map((task) => ({
        workspace_id: workspaceId,
        project_id: project.id,
        task_id: task.id,
        number: input.number,
        start: task.start,
        finish: task.finish,
        duration: task.duration,
        saved_at: savedAt,
      }));
      await upsertBaselines(trx, workspaceId, input.number, rows);
      const summary = (await summarizeBaselines(trx, workspaceId, project.id)).find(
        (b) => b.number === input.number,
      );
      return {
        body: summary ?? { number: input.number, taskCount: 0, savedAt },
        change: {
          workspaceId,
          projectId: project.id,
          entity: 'baseline',
          kind: 'upsert',
          ids: [String(input.number)],
        },
      };
    });
  }

  /** Clears baseline `number` of every task; 404 when the project holds no such baseline. */
  async clear(userId: string, projectId: string, number: number): Promise<CommittedWrite<undefined>> {
    return this.db.transaction().execute(async (trx) => {
      const project = await requireProject(trx, projectId, userId);
      if (!baselinePolicy.edit(project.role))
        throw problems.forbidden(`a ${project.role} cannot change the plan`);
      await lockProject(trx, project.workspace_id, project.id);
      const cleared = await clearBaseline(trx, project.workspace_id, project.id, number);
      if (cleared === 0) throw problems.notFound('baseline', String(number));
      return {
        body: undefined,
        change: {
          workspaceId: project.workspace_id,
          projectId: project.id,
          entity: 'baseline',
          kind: 'delete',
          ids: [String(number)],
        },
      };
    });
  }

  /** Every task of the project in outline order against baseline `number`. */
  async compare(userId: string, projectId: string, number: number): Promise<BaselineComparison> {
    const project = await requireProject(this.db, projectId, userId);
    const outline = buildOutline(await listTasks(this.db, project.workspace_id, project.id));
    const input = await loadProjectInput(this.db, project, outline);
    const calendar = compileCalendars(input.calendars).get(input.settings.calendarId);
    if (!calendar)
      throw new Error(`project ${project.id}: its calendar ${input.settings.calendarId} is missing`);
    const baseline = await listBaseline(this.db, project.workspace_id, project.id, number);
    return { number, items: compareWithBaseline(outline, baseline, calendar) };
  }
}
