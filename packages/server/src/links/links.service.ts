import type {
  CreateLinkRequest,
  Link,
  LinkWriteResult,
  RescheduleResult,
  ScheduleChanges,
  UpdateLinkRequest,
} from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { requireProject } from '../projects/projects.service';
import { type ChangeNotice, type CommittedWrite, changedIdsOf } from '../scheduling/committed-write';
import type { ProjectScheduler } from '../scheduling/project-schedule.service';
import { presentChanges } from '../tasks/rescheduled-tasks';
import { taskPolicy } from '../tasks/tasks.policy';
import { listTasks, type TaskRow } from '../tasks/tasks.repository';
import { presentLink } from './link.presenter';
import { isAncestor, loopThrough } from './link-rules';
import {
  deleteLink,
  findLink,
  findLinkForUser,
  insertLinks,
  type LinkRow,
  listLinks,
  updateLinkIfVersion,
} from './links.repository';

/** Links follow the plan's permissions: whoever may edit tasks may link them. */
const linkPolicy = taskPolicy;

export class LinksService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly scheduler: ProjectScheduler,
  ) {}

  async list(userId: string, projectId: string): Promise<Link[]> {
    const project = await requireProject(this.db, projectId, userId);
    return (await listLinks(this.db, project.workspace_id, project.id)).map(presentLink);
  }

  async get(userId: string, linkId: string): Promise<Link> {
    return presentLink(await this.requireLink(this.db, userId, linkId));
  }

  /** Links two tasks of the project and reschedules it; refuses self links, duplicates and loops. */
  async create(
    userId: string,
    projectId: string,
    input: CreateLinkRequest,
  ): Promise<CommittedWrite<LinkWriteResult>> {
    return this.db.transaction().execute(async (trx) => {
      const project = await requireProject(trx, projectId, userId);
      if (!linkPolicy.edit(project.role))
        throw problems.forbidden(`a ${project.role} cannot change the plan`);
      if (input.predecessorId === input.successorId) {
        throw problems.validation('successorId', 'a task cannot be linked to itself');
      }
      await this.scheduler.lockPlan(trx, project.workspace_id, project.id);
      const workspaceId = project.workspace_id;
      const tasks = new Map((await listTasks(trx, workspaceId, project.id)).map((t) => [t.id, t]));
      const predecessor = await this.requireTaskOfProject(
        trx,
        tasks,
        workspaceId,
        input.predecessorId,
        'predecessorId',
      );
      const successor = await this.requireTaskOfProject(
        trx,
        tasks,
        workspaceId,
        input.successorId,
        'successorId',
      );
      if (
        isAncestor(tasks, predecessor.id, successor.id) ||
        isAncestor(tasks, successor.id, predecessor.id)
      ) {
        throw problems.validation(
          'successorId',
          `"${predecessor.name}" and "${successor.name}" are a summary task and its own subtask: they cannot be linked`,
        );
      }
      const links = await listLinks(trx, workspaceId, project.id);
      if (links.some((l) => l.predecessor_id === predecessor.id && l.successor_id === successor.id)) {
        throw problems.conflict(
          'successorId',
          `"${predecessor.name}" is already linked to "${successor.name}"`,
        );
      }
      const loop = loopThrough(links, predecessor.id, successor.id);
      if (loop) {
        const names = loop.map((id) => `"${tasks.get(id)?.name ?? id}"`);
        throw problems.conflict(
          'successorId',
          `the link would close a loop: ${[...names, names[0]].join(' → ')} (task ids ${loop.join(', ')})`,
        );
      }
      const now = nowUtc();
      const row: LinkRow = {
        workspace_id: workspaceId,
        id: newId(),
        project_id: project.id,
        predecessor_id: predecessor.id,
        successor_id: successor.id,
        type: input.type,
        lag: input.lag,
        lag_unit: input.lagUnit ?? 'd',
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await insertLinks(trx, [row]);
      const changes = await this.reschedule(trx, workspaceId, project.id);
      return {
        body: { link: presentLink(row), ...changes },
        change: linkChange(row, 'upsert', changes),
      };
    });
  }

  /** Changes type and/or lag with optimistic concurrency on `version`, and reschedules. */
  async update(
    userId: string,
    linkId: string,
    input: UpdateLinkRequest,
  ): Promise<CommittedWrite<LinkWriteResult>> {
    return this.db.transaction().execute(async (trx) => {
      const current = await this.requireLink(trx, userId, linkId);
      if (!linkPolicy.edit(current.role))
        throw problems.forbidden(`a ${current.role} cannot change the plan`);
      await this.scheduler.lockPlan(trx, current.workspace_id, current.project_id);
      const stale = async () => {
        const now = await findLink(trx, current.workspace_id, linkId);
        if (!now) return problems.notFound('link', linkId);
        return problems.versionConflict('the link', input.version, presentLink(now), now.version);
      };
      const changes = {
        ...(input.type !== undefined ? { type: input.type } : {}),
        ...(input.lag !== undefined ? { lag: input.lag } : {}),
        ...(input.lagUnit !== undefined ? { lag_unit: input.lagUnit } : {}),
        version: input.version + 1,
        updated_at: nowUtc(),
      };
      if (!(await updateLinkIfVersion(trx, current.workspace_id, linkId, input.version, changes))) {
        throw await stale();
      }
      const scheduleChanges = await this.reschedule(trx, current.workspace_id, current.project_id);
      const row = await findLink(trx, current.workspace_id, linkId);
      if (!row) throw problems.notFound('link', linkId);
      return {
        body: { link: presentLink(row), ...scheduleChanges },
        change: linkChange(row, 'upsert', scheduleChanges),
      };
    });
  }

  /** Removes the link and reschedules; `version`, when given, must be current. */
  async delete(userId: string, linkId: string, version?: number): Promise<CommittedWrite<RescheduleResult>> {
    return this.db.transaction().execute(async (trx) => {
      const current = await this.requireLink(trx, userId, linkId);
      if (!linkPolicy.edit(current.role))
        throw problems.forbidden(`a ${current.role} cannot change the plan`);
      await this.scheduler.lockPlan(trx, current.workspace_id, current.project_id);
      const locked = await findLink(trx, current.workspace_id, linkId);
      if (!locked) throw problems.notFound('link', linkId);
      if (version !== undefined && version !== locked.version) {
        throw problems.versionConflict('the link', version, presentLink(locked), locked.version);
      }
      await deleteLink(trx, current.workspace_id, linkId);
      const changes = await this.reschedule(trx, current.workspace_id, current.project_id);
      return { body: changes, change: linkChange(locked, 'delete', changes) };
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

  private async requireLink(db: Kysely<Database>, userId: string, linkId: string) {
    const row = await findLinkForUser(db, linkId, userId);
    if (!row) throw problems.notFound('link', linkId);
    return row;
  }

  /** A task of this project: 404 when it is in no project of the workspace, 400 when in another one. */
  private async requireTaskOfProject(
    trx: Kysely<Database>,
    projectTasks: ReadonlyMap<string, TaskRow>,
    workspaceId: string,
    taskId: string,
    field: 'predecessorId' | 'successorId',
  ): Promise<TaskRow> {
    const task = projectTasks.get(taskId);
    if (task) return task;
    const elsewhere = await trx
      .selectFrom('tasks')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', taskId)
      .executeTakeFirst();
    if (!elsewhere) throw problems.notFound('task', taskId);
    throw problems.validation(
      field,
      `task ${taskId} belongs to another project: links stay within one project`,
    );
  }
}

function linkChange(row: LinkRow, kind: 'upsert' | 'delete', changes: ScheduleChanges): ChangeNotice {
  return {
    workspaceId: row.workspace_id,
    projectId: row.project_id,
    entity: 'link',
    kind,
    ids: [row.id],
    rescheduledTaskIds: changedIdsOf(changes),
  };
}
