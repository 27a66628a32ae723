import type { CreateTaskRequest, Task, UpdateTaskRequest } from '@tandem/api';
import type { Kysely, Updateable } from 'kysely';
import type { Database, TasksTable } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { lockProject } from '../projects/projects.repository';
import { normalizeDateTime, requireProject } from '../projects/projects.service';
import type { ProjectScheduler } from '../scheduling/project-schedule.service';
import { rollUpProgress } from './summary-progress';
import { presentTask } from './task.presenter';
import { buildOutline } from './task-outline';
import { placeTask } from './task-placement';
import { taskPolicy } from './tasks.policy';
import {
  deleteTasks,
  findTaskForUser,
  insertTask,
  listTasks,
  type TaskRow,
  updateTaskIfVersion,
  writePositions,
} from './tasks.repository';

/** Constraint types that pin a date: the date is required with them, and only with them. */
const DATED_CONSTRAINTS = new Set(['MSO', 'MFO', 'SNET', 'SNLT', 'FNET', 'FNLT']);

export class TasksService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly scheduler: ProjectScheduler,
  ) {}

  /** The project's tasks in outline order. */
  async list(userId: string, projectId: string): Promise<Task[]> {
    const project = await requireProject(this.db, projectId, userId);
    const outline = buildOutline(await listTasks(this.db, project.workspace_id, project.id));
    const progress = rollUpProgress(outline);
    return outline.map((entry) => presentTask(entry, progress.get(entry.task.id)));
  }

  async get(userId: string, taskId: string): Promise<Task> {
    const task = await this.requireTask(this.db, userId, taskId);
    return this.present(this.db, task.workspace_id, task.project_id, task.id);
  }

  async create(userId: string, projectId: string, input: CreateTaskRequest): Promise<Task> {
    return this.db.transaction().execute(async (trx) => {
      const project = await requireProject(trx, projectId, userId);
      if (!taskPolicy.edit(project.role))
        throw problems.forbidden(`a ${project.role} cannot change the plan`);
      await lockProject(trx, project.workspace_id, project.id);
      const tasks = await listTasks(trx, project.workspace_id, project.id);
      const id = newId();
      const placement = placeTask(tasks, id, null, input);
      const constraintType = input.constraintType ?? 'ASAP';
      const constraintDate = input.constraintDate ? normalizeDateTime(input.constraintDate) : null;
      checkConstraint(constraintType, constraintDate);
      const now = nowUtc();
      const row: TaskRow = {
        workspace_id: project.workspace_id,
        id,
        project_id: project.id,
        parent_id: placement.parentId,
        position: placement.siblingIds.indexOf(id),
        name: input.name,
        duration: input.duration,
        duration_unit: input.durationUnit ?? 'd',
        // the scheduler replaces these; until it runs the task sits at the project start
        start: project.start,
        finish: project.start,
        milestone: input.milestone ? 1 : 0,
        percent_complete: input.percentComplete ?? 0,
        constraint_type: constraintType,
        constraint_date: constraintDate,
        deadline: input.deadline ? normalizeDateTime(input.deadline) : null,
        notes: input.notes ?? '',
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await insertTask(trx, row);
      await writePositions(trx, project.workspace_id, placement.siblingIds, positionsOf(tasks));
      await this.scheduler.reschedule(trx, project.workspace_id, project.id);
      return this.present(trx, project.workspace_id, project.id, id);
    });
  }

  /** Partial update and/or move, with optimistic concurrency on `version`. */
  async update(userId: string, taskId: string, input: UpdateTaskRequest): Promise<Task> {
    return this.db.transaction().execute(async (trx) => {
      const current = await this.requireTask(trx, userId, taskId);
      if (!taskPolicy.edit(current.role))
        throw problems.forbidden(`a ${current.role} cannot change the plan`);
      await lockProject(trx, current.workspace_id, current.project_id);
      const stale = async () =>
        problems.versionConflict(
          'the task',
          input.version,
          await this.present(trx, current.workspace_id, current.project_id, current.id),
          current.version,
        );
      if (current.version !== input.version) throw await stale();
      const tasks = await listTasks(trx, current.workspace_id, current.project_id);
      const moving = input.parentId !== undefined || input.afterTaskId !== undefined;
      const placement = moving ? placeTask(tasks, current.id, { parentId: current.parent_id }, input) : null;
      const constraintType = input.constraintType ?? current.constraint_type;
      const constraintDate =
        input.constraintDate !== undefined
          ? input.constraintDate && normalizeDateTime(input.constraintDate)
          : DATED_CONSTRAINTS.has(constraintType)
            ? current.constraint_date
            : null;
      checkConstraint(constraintType, constraintDate);
      const changes: Updateable<TasksTable> = {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.duration !== undefined ? { duration: input.duration } : {}),
        ...(input.durationUnit !== undefined ? { duration_unit: input.durationUnit } : {}),
        ...(input.milestone !== undefined ? { milestone: input.milestone ? 1 : 0 } : {}),
        ...(input.percentComplete !== undefined ? { percent_complete: input.percentComplete } : {}),
        ...(input.deadline !== undefined
          ? { deadline: input.deadline && normalizeDateTime(input.deadline) }
          : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        constraint_type: constraintType,
        constraint_date: constraintDate,
        ...(placement ? { parent_id: placement.parentId } : {}),
        version: current.version + 1,
        updated_at: nowUtc(),
      };
      if (!(await updateTaskIfVersion(trx, current.workspace_id, current.id, input.version, changes))) {
        throw await stale();
      }
      if (placement) {
        const positions = positionsOf(tasks);
        await writePositions(trx, current.workspace_id, placement.siblingIds, positions);
        if (placement.parentId !== current.parent_id) {
          const oldSiblings = siblingsInOrder(tasks, current.parent_id).filter((id) => id !== current.id);
          await writePositions(trx, current.workspace_id, oldSiblings, positions);
        }
      }
      await this.scheduler.reschedule(trx, current.workspace_id, current.project_id);
      return this.present(trx, current.workspace_id, current.project_id, current.id);
    });
  }

  /** Deletes the task with its subtasks and their links; the siblings close ranks. */
  async delete(userId: string, taskId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const current = await this.requireTask(trx, userId, taskId);
      if (!taskPolicy.edit(current.role))
        throw problems.forbidden(`a ${current.role} cannot change the plan`);
      await lockProject(trx, current.workspace_id, current.project_id);
      const tasks = await listTasks(trx, current.workspace_id, current.project_id);
      const doomed = subtreeIds(tasks, current.id);
      await deleteTasks(trx, current.workspace_id, doomed);
      const remaining = siblingsInOrder(tasks, current.parent_id).filter((id) => id !== current.id);
      await writePositions(trx, current.workspace_id, remaining, positionsOf(tasks));
      await this.scheduler.reschedule(trx, current.workspace_id, current.project_id);
    });
  }

  private async requireTask(db: Kysely<Database>, userId: string, taskId: string) {
    const task = await findTaskForUser(db, taskId, userId);
    if (!task) throw problems.notFound('task', taskId);
    return task;
  }

  private async present(
    db: Kysely<Database>,
    workspaceId: string,
    projectId: string,
    taskId: string,
  ): Promise<Task> {
    const outline = buildOutline(await listTasks(db, workspaceId, projectId));
    const entry = outline.find((e) => e.task.id === taskId);
    if (!entry) throw problems.notFound('task', taskId);
    return presentTask(entry, entry.summary ? rollUpProgress(outline).get(taskId) : undefined);
  }
}

function checkConstraint(type: string, date: string | null): void {
  if (DATED_CONSTRAINTS.has(type) && !date) {
    throw problems.validation('constraintDate', `is required with constraint type ${type}`);
  }
  if (!DATED_CONSTRAINTS.has(type) && date) {
    throw problems.validation('constraintDate', `must be null with constraint type ${type}`);
  }
}

function positionsOf(tasks: readonly TaskRow[]): Map<string, number> {
  return new Map(tasks.map((t) => [t.id, t.position]));
}

function siblingsInOrder(tasks: readonly TaskRow[], parentId: string | null): string[] {
  return tasks
    .filter((t) => t.parent_id === parentId)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1))
    .map((t) => t.id);
}

function subtreeIds(tasks: readonly TaskRow[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const t of tasks) {
    if (t.parent_id === null) continue;
    const list = children.get(t.parent_id);
    if (list) list.push(t.id);
    else children.set(t.parent_id, [t.id]);
  }
  const out: string[] = [];
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}
