import {
  type CreateProjectRequest,
  DEFAULT_PROJECT_CALENDAR,
  type Project,
  type ProjectWriteResult,
  type Role,
  type ScheduleChanges,
  type UpdateProjectRequest,
} from '@tandem/api';
import type { Kysely } from 'kysely';
import { findCalendar } from '../calendars/calendars.repository';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { type CommittedWrite, changedIdsOf } from '../scheduling/committed-write';
import type { ProjectScheduler } from '../scheduling/project-schedule.service';
import { presentChanges } from '../tasks/rescheduled-tasks';
import { requireWorkspace } from '../workspaces/workspaces.service';
import { presentProject } from './project.presenter';
import { defaultProjectStart } from './project-calendar';
import { projectPolicy } from './projects.policy';
import {
  countTasks,
  deleteProject,
  findProject,
  findProjectForUser,
  insertProject,
  listProjects,
  type ProjectRow,
  updateProjectIfVersion,
} from './projects.repository';

/** The project as the user may see it; 404 when absent or in a workspace the user is not in. */
export async function requireProject(
  db: Kysely<Database>,
  projectId: string,
  userId: string,
): Promise<ProjectRow & { role: Role }> {
  const row = await findProjectForUser(db, projectId, userId);
  if (!row) throw problems.notFound('project', projectId);
  return row;
}

/** Fields whose change moves dates: the project is rescheduled when one of them is given. */
const SCHEDULING_FIELDS = [
  'start',
  'calendar',
  'calendarId',
  'scheduleFrom',
  'finishDate',
  'statusDate',
] as const;

export class ProjectsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly scheduler: ProjectScheduler,
  ) {}

  async list(userId: string, workspaceId: string): Promise<Project[]> {
    await requireWorkspace(this.db, workspaceId, userId);
    return (await listProjects(this.db, workspaceId)).map((row) => presentProject(row, row.task_count));
  }

  async get(userId: string, projectId: string): Promise<Project> {
    const row = await requireProject(this.db, projectId, userId);
    return presentProject(row, await countTasks(this.db, row.workspace_id, row.id));
  }

  async create(
    userId: string,
    workspaceId: string,
    input: CreateProjectRequest,
  ): Promise<CommittedWrite<Project>> {
    return this.db.transaction().execute(async (trx) => {
      const workspace = await requireWorkspace(trx, workspaceId, userId);
      if (!projectPolicy.create(workspace.role))
        throw problems.forbidden(`a ${workspace.role} cannot create projects`);
      const calendar = input.calendar ?? DEFAULT_PROJECT_CALENDAR;
      const now = nowUtc();
      const row: ProjectRow = {
        workspace_id: workspaceId,
        id: newId(),
        name: input.name,
        description: input.description ?? '',
        start: normalizeDateTime(input.start ?? defaultProjectStart(calendar, now.slice(0, 10))),
        finish: null,
        status: input.status ?? 'planned',
        calendar: JSON.stringify(calendar),
        calendar_id: input.calendarId ?? null,
        schedule_from: input.scheduleFrom ?? 'start',
        finish_date: input.finishDate ? normalizeDateTime(input.finishDate) : null,
        status_date: input.statusDate ? normalizeDateTime(input.statusDate) : null,
        currency: input.currency ?? 'USD',
        version: 1,
        plan_stamp: null,
        created_at: now,
        updated_at: now,
      };
      await checkSchedulingSettings(trx, row);
      await insertProject(trx, row);
      return {
        body: presentProject(row, 0),
        change: { workspaceId, projectId: row.id, entity: 'project', kind: 'upsert', ids: [row.id] },
      };
    });
  }

  /** Partial update with optimistic concurrency; a change to what scheduling reads reschedules the project. */
  async update(
    userId: string,
    projectId: string,
    input: UpdateProjectRequest,
  ): Promise<CommittedWrite<ProjectWriteResult>> {
    return this.db.transaction().execute(async (trx) => {
      const current = await requireProject(trx, projectId, userId);
      if (!projectPolicy.update(current.role))
        throw problems.forbidden(`a ${current.role} cannot change projects`);
      const taskCount = await countTasks(trx, current.workspace_id, current.id);
      const stale = () =>
        problems.versionConflict(
          'the project',
          input.version,
          presentProject(current, taskCount),
          current.version,
        );
      if (current.version !== input.version) throw stale();
      const date = (value: string | null) => (value === null ? null : normalizeDateTime(value));
      const changes = {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.start !== undefined ? { start: normalizeDateTime(input.start) } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.calendar !== undefined ? { calendar: JSON.stringify(input.calendar) } : {}),
        ...(input.calendarId !== undefined ? { calendar_id: input.calendarId } : {}),
        ...(input.scheduleFrom !== undefined ? { schedule_from: input.scheduleFrom } : {}),
        ...(input.finishDate !== undefined ? { finish_date: date(input.finishDate) } : {}),
        ...(input.statusDate !== undefined ? { status_date: date(input.statusDate) } : {}),
        ...(input.currency !== undefined ? { currency: input.currency } : {}),
        version: current.version + 1,
        updated_at: nowUtc(),
      };
      const { role: _role, ...stored } = current;
      await checkSchedulingSettings(trx, { ...stored, ...changes });
      if (!(await updateProjectIfVersion(trx, current.workspace_id, current.id, input.version, changes))) {
        throw stale();
      }
      let scheduleChanges: ScheduleChanges = { rescheduled: [], reanalysed: [] };
      if (SCHEDULING_FIELDS.some((field) => input[field] !== undefined)) {
        const report = await this.scheduler.reschedule(trx, current.workspace_id, current.id);
        scheduleChanges = await presentChanges(
          trx,
          current.workspace_id,
          current.id,
          report.changedTaskIds,
          report,
        );
      }
      const row = await findProject(trx, current.workspace_id, current.id);
      if (!row) throw problems.notFound('project', projectId);
      return {
        body: { project: presentProject(row, taskCount), ...scheduleChanges },
        change: {
          workspaceId: current.workspace_id,
          projectId: current.id,
          entity: 'project',
          kind: 'upsert',
          ids: [current.id],
          rescheduledTaskIds: changedIdsOf(scheduleChanges),
        },
      };
    });
  }

  /** Deletes the project with its tasks and links; `version`, when given, must be current. */
  async delete(userId: string, projectId: string, version?: number): Promise<CommittedWrite<undefined>> {
    return this.db.transaction().execute(async (trx) => {
      const current = await requireProject(trx, projectId, userId);
      if (!projectPolicy.delete(current.role))
        throw problems.forbidden(`a ${current.role} cannot delete projects`);
      if (version !== undefined && version !== current.version) {
        const taskCount = await countTasks(trx, current.workspace_id, current.id);
        throw problems.versionConflict(
          'the project',
          version,
          presentProject(current, taskCount),
          current.version,
        );
      }
      await deleteProject(trx, current.workspace_id, current.id);
      return {
        body: undefined,
        change: {
          workspaceId: current.workspace_id,
          projectId: current.id,
          entity: 'project',
          kind: 'delete',
          ids: [current.id],
        },
      };
    });
  }
}

/**
 * A project scheduled from its finish needs that finish date; a named calendar must be one of the
 * workspace's (404 otherwise, the same for absent and foreign).
 */
async function checkSchedulingSettings(db: Kysely<Database>, row: ProjectRow): Promise<void> {
  if (row.schedule_from === 'finish' && row.finish_date === null) {
    throw problems.validation('finishDate', 'is required to schedule from the finish');
  }
  if (row.calendar_id !== null && !(await findCalendar(db, row.workspace_id, row.calendar_id))) {
    throw problems.notFound('calendar', row.calendar_id);
  }
}

/** Floating date-times are stored with seconds (`YYYY-MM-DDTHH:MM:SS`) so they sort as text. */
export function normalizeDateTime(value: string): string {
  return value.length === 16 ? `${value}:00` : value;
}
