import {
  type CreateProjectRequest,
  DEFAULT_PROJECT_CALENDAR,
  type Project,
  type Role,
  type UpdateProjectRequest,
} from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import type { ProjectScheduler } from '../scheduling/project-schedule.service';
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

  async create(userId: string, workspaceId: string, input: CreateProjectRequest): Promise<Project> {
    const workspace = await requireWorkspace(this.db, workspaceId, userId);
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
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction().execute((trx) => insertProject(trx, row));
    return presentProject(row, 0);
  }

  /** Partial update with optimistic concurrency; a new start or calendar reschedules the project. */
  async update(userId: string, projectId: string, input: UpdateProjectRequest): Promise<Project> {
    return this.db.transaction().execute(async (trx) => {
      const current = await requireProject(trx, projectId, userId);
      if (!projectPolicy.update(current.role))
        throw problems.forbidden(`a ${current.role} cannot change projects`);
      const taskCount = await countTasks(trx, current.workspace_id, current.id);
      if (current.version !== input.version) {
        throw problems.versionConflict(
          'the project',
          input.version,
          presentProject(current, taskCount),
          current.version,
        );
      }
      const changes = {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.start !== undefined ? { start: normalizeDateTime(input.start) } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.calendar !== undefined ? { calendar: JSON.stringify(input.calendar) } : {}),
        version: current.version + 1,
        updated_at: nowUtc(),
      };
      const updated = await updateProjectIfVersion(
        trx,
        current.workspace_id,
        current.id,
        input.version,
        changes,
      );
      if (!updated)
        throw problems.versionConflict(
          'the project',
          input.version,
          presentProject(current, taskCount),
          current.version,
        );
      if (input.start !== undefined || input.calendar !== undefined) {
        await this.scheduler.reschedule(trx, current.workspace_id, current.id);
      }
      const row = await findProject(trx, current.workspace_id, current.id);
      if (!row) throw problems.notFound('project', projectId);
      return presentProject(row, taskCount);
    });
  }

  async delete(userId: string, projectId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const current = await requireProject(trx, projectId, userId);
      if (!projectPolicy.delete(current.role))
        throw problems.forbidden(`a ${current.role} cannot delete projects`);
      await deleteProject(trx, current.workspace_id, current.id);
    });
  }
}

/** Floating date-times are stored with seconds (`YYYY-MM-DDTHH:MM:SS`) so they sort as text. */
export function normalizeDateTime(value: string): string {
  return value.length === 16 ? `${value}:00` : value;
}
