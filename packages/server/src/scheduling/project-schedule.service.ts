import { problemTypes } from '@tandem/api';
import {
  schedule as engineSchedule,
  formatDateTime,
  type ProjectInput,
  ScheduleInputError,
  type ScheduleResult,
} from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { ProblemError } from '../http/problem-error';
import { listLinks } from '../links/links.repository';
import { parseProjectCalendar } from '../projects/project-calendar';
import { findProject, setProjectFinish } from '../projects/projects.repository';
import { buildOutline } from '../tasks/task-outline';
import { listTasks, setTaskSchedule } from '../tasks/tasks.repository';
import { toProjectInput } from './project-input.mapper';

export type ScheduleFunction = (project: ProjectInput) => ScheduleResult;

export interface RescheduleReport {
  /** Whether a scheduler ran (false for a ProjectScheduler made without one). */
  readonly scheduled: boolean;
  /** Tasks whose start, finish or (summary) duration changed. */
  readonly changedTaskIds: readonly string[];
}

/**
 * Keeps stored task dates equal to what the engine computes: loads a project's tasks, links and
 * calendar, runs the scheduler, and writes changed start/finish (and summary spans) back, all in
 * the caller's transaction. Called after every write that can move dates.
 */
export class ProjectScheduler {
  /**
   * @param schedule the engine's CPM `schedule` by default; a stand-in in tests, or null to keep
   *   stored dates as they are (outline-only tests).
   */
  constructor(private readonly schedule: ScheduleFunction | null = (project) => engineSchedule(project)) {}

  /** Whether dates are computed at all (false only for a scheduler made with null). */
  get available(): boolean {
    return this.schedule !== null;
  }

  async reschedule(trx: Kysely<Database>, workspaceId: string, projectId: string): Promise<RescheduleReport> {
    const project = await findProject(trx, workspaceId, projectId);
    if (!project) throw new Error(`reschedule: project ${projectId} is not in workspace ${workspaceId}`);
    const outline = buildOutline(await listTasks(trx, workspaceId, projectId));
    if (outline.length === 0) {
      if (project.finish !== null) await setProjectFinish(trx, workspaceId, projectId, null);
      return { scheduled: this.available, changedTaskIds: [] };
    }
    if (!this.schedule) return { scheduled: false, changedTaskIds: [] };
    const links = await listLinks(trx, workspaceId, projectId);
    const input = toProjectInput(project, parseProjectCalendar(project.calendar), outline, links);
    let result: ScheduleResult;
    try {
      result = this.schedule(input);
    } catch (error) {
      if (error instanceof ScheduleInputError) {
        throw new ProblemError({
          status: 409,
          type: problemTypes.scheduling,
          title: 'The plan cannot be scheduled',
          detail: error.message,
          errors: error.taskIds.map((id) => ({ field: 'taskId', message: `${id}: ${error.code}` })),
        });
      }
      throw error;
    }
    const changed: string[] = [];
    for (const [index, scheduled] of result.tasks.entries()) {
      const { task, summary } = outline[index];
      const start = formatDateTime(scheduled.start);
      const finish = formatDateTime(scheduled.finish);
      // a summary's duration is its span, computed; a leaf keeps the duration the user entered
      const duration = summary ? scheduled.duration : task.duration;
      if (start === task.start && finish === task.finish && duration === task.duration) continue;
      changed.push(task.id);
      await setTaskSchedule(trx, workspaceId, task.id, { start, finish, duration });
    }
    const finish = formatDateTime(result.finish);
    if (finish !== project.finish) await setProjectFinish(trx, workspaceId, projectId, finish);
    return { scheduled: true, changedTaskIds: changed };
  }
}
