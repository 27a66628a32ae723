import type {
  CreateTaskRequest,
  RescheduleResult,
  ScheduleChanges,
  Task,
  TaskList,
  TaskWriteResult,
  UpdateTaskRequest,
} from '@tandem/api';
import type { Kysely, Updateable } from 'kysely';
import type { Database, TasksTable } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import type { ProjectRow } from '../projects/projects.repository';
import { normalizeDateTime, requireProject } from '../projects/projects.service';
import { completionBlockers } from '../quality/gate-rules';
import { type ChangeNotice, type CommittedWrite, changedIdsOf } from '../scheduling/committed-write';
import type { PlanEditMessage } from '../scheduling/plan-edit-message';
import type { ProjectScheduler } from '../scheduling/project-schedule.service';
import { presentAt, presentRange } from './presented-task-cache';
import { presentChanges, presentWrite } from './rescheduled-tasks';
import { rolledUpAt } from './summary-progress';
import { presentTask } from './task.presenter';
import { indentMove, outdentMove } from './task-outline-moves';
import { type TaskPageRequest, taskPage } from './task-page';
import { placeTask } from './task-placement';
import { progressColumns } from './task-progress-input';
import { taskPolicy } from './tasks.policy';
import {
  adoptTasks,
  deleteTasks,
  findTask,
  findTaskForUser,
  findTaskPlace,
  insertTask,
  listTasks,
  type TaskRow,
  UNSCHEDULED_TASK,
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
    return (await this.listPage(userId, projectId, {})).items;
  }

  /** The project's tasks in outline order: all, or one page of them (see taskPage). */
  async listPage(userId: string, projectId: string, page: TaskPageRequest): Promise<TaskList> {
    const project = await requireProject(this.db, projectId, userId);
    // the rows as this process last rescheduled or loaded them, while the stored plan stamp says
    // they still are (presented at once, before an edit may change them); else the plan as
    // stored, loaded now
    const { outline, indexOf } =
      this.scheduler.storedOutline(project.id, project.plan_stamp) ??
      (await this.scheduler.storedOutlineSoon(project.id, project.plan_stamp)) ??
      (await this.scheduler.plannedOutline(this.db, project.workspace_id, project.id));
    return taskPage(outline, page, (start, end) => presentRange(outline, start, end), indexOf);
  }

  async get(userId: string, taskId: string): Promise<Task> {
    const task = await findTaskPlace(this.db, taskId, userId);
    if (!task) throw problems.notFound('task', taskId);
    // the task as presented from the rows this process last rescheduled or loaded, while current
    const stored =
      this.scheduler.storedOutline(task.project_id, task.plan_stamp) ??
      (await this.scheduler.storedOutlineSoon(task.project_id, task.plan_stamp));
    const index = stored?.indexOf.get(task.id);
    if (stored && index !== undefined) return presentAt(stored.outline, index);
    return this.present(this.db, task.workspace_id, task.project_id, task.id);
  }

  async create(
    userId: string,
    projectId: string,
    input: CreateTaskRequest,
  ): Promise<CommittedWrite<TaskWriteResult>> {
    return this.db.transaction().execute(async (trx) => {
      const project = await requireProject(trx, projectId, userId);
      if (!taskPolicy.edit(project.role))
        throw problems.forbidden(`a ${project.role} cannot change the plan`);
      await this.scheduler.lockPlan(trx, project.workspace_id, project.id);
      const tasks = await listTasks(trx, project.workspace_id, project.id);
      const id = newId();
      const placement = placeTask(tasks, id, null, input);
      const constraintType = input.constraintType ?? 'ASAP';
      const constraintDate = input.constraintDate ? normalizeDateTime(input.constraintDate) : null;
      checkConstraint(constraintType, constraintDate);
      const progress = progressColumns(input);
      const now = nowUtc();
      const row: TaskRow = {
        ...UNSCHEDULED_TASK,
        ...progress,
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
      const report = await this.scheduler.reschedule(trx, project.workspace_id, project.id);
      // the outline changed (a parent may now be a summary, outline numbers moved): each changed
      // task is answered whole, not by its analysis alone
      const body = await presentWrite(
        trx,
        project.workspace_id,
        project.id,
        id,
        report.changedTaskIds,
        report,
        report.changedTaskIds,
      );
      return { body, change: taskChange(project.workspace_id, project.id, 'upsert', [id], body) };
    });
  }

  /** Partial update and/or move, with optimistic concurrency on `version`. */
  async update(
    userId: string,
    taskId: string,
    input: UpdateTaskRequest,
  ): Promise<CommittedWrite<TaskWriteResult>> {
    const { replication, ...write } = await this.db.transaction().execute(async (trx) => {
      const { current, project } = await this.requireEditable(trx, userId, taskId);
      return this.applyUpdate(trx, current, project, input, []);
    });
    this.scheduler.announceEdit(replication);
    return write;
  }

  /** Indent: the task goes under the sibling above it (see indentMove), in one rescheduling write. */
  async indent(userId: string, taskId: string, version: number): Promise<CommittedWrite<TaskWriteResult>> {
    return this.db.transaction().execute(async (trx) => {
      const { current, project } = await this.requireEditable(trx, userId, taskId);
      const move = indentMove(await listTasks(trx, current.workspace_id, current.project_id), current);
      return this.applyUpdate(trx, current, project, { version, ...move }, []);
    });
  }

  /** Outdent: the task goes after its parent and adopts the siblings below it (see outdentMove). */
  async outdent(userId: string, taskId: string, version: number): Promise<CommittedWrite<TaskWriteResult>> {
    return this.db.transaction().execute(async (trx) => {
      const { current, project } = await this.requireEditable(trx, userId, taskId);
      if (current.version !== version) {
        throw problems.versionConflict(
          'the task',
          version,
          await this.present(trx, current.workspace_id, current.project_id, current.id),
          current.version,
        );
      }
      const tasks = await listTasks(trx, current.workspace_id, current.project_id);
      const { adoptedIds, ...move } = outdentMove(tasks, current);
      const firstPosition = tasks.filter((t) => t.parent_id === current.id).length;
      await adoptTasks(trx, current.workspace_id, current.id, adoptedIds, firstPosition, nowUtc());
      return this.applyUpdate(trx, current, project, { version, ...move }, adoptedIds);
    });
  }

  /**
   * The task and its project, locked for a write: 404 when not the user's, 403 when the user may
   * not edit.
   */
  private async requireEditable(trx: Kysely<Database>, userId: string, taskId: string) {
    const current = await this.requireTask(trx, userId, taskId);
    if (!taskPolicy.edit(current.role)) throw problems.forbidden(`a ${current.role} cannot change the plan`);
    const project = await this.scheduler.lockPlan(trx, current.workspace_id, current.project_id);
    if (!project) throw problems.notFound('task', taskId);
    return { current, project };
  }

  /**
   * Applies a partial update and/or move inside `trx` (the project locked), reschedules, and
   * answers with the task and every other task the write moved (`alsoChanged`: tasks the caller
   * changed itself, e.g. adopted by an outdent).
   */
  private async applyUpdate(
    trx: Kysely<Database>,
    current: TaskRow,
    project: ProjectRow,
    input: UpdateTaskRequest,
    alsoChanged: readonly string[],
  ): Promise<CommittedWrite<TaskWriteResult> & { replication?: PlanEditMessage }> {
    const stale = async () =>
      problems.versionConflict(
        'the task',
        input.version,
        await this.present(trx, current.workspace_id, current.project_id, current.id),
        current.version,
      );
    if (current.version !== input.version) throw await stale();
    const moving = input.parentId !== undefined || input.afterTaskId !== undefined;
    // only a move needs the siblings: a field edit skips reading the whole project here
    const tasks = moving ? await listTasks(trx, current.workspace_id, current.project_id) : [];
    const placement = moving ? placeTask(tasks, current.id, { parentId: current.parent_id }, input) : null;
    const constraintType = input.constraintType ?? current.constraint_type;
    const constraintDate =
      input.constraintDate !== undefined
        ? input.constraintDate && normalizeDateTime(input.constraintDate)
        : DATED_CONSTRAINTS.has(constraintType)
          ? current.constraint_date
          : null;
    checkConstraint(constraintType, constraintDate);
    // a gated milestone completes only through its gate (criteria met, approver signed off)
    if (input.percentComplete === 100 && current.percent_complete < 100) {
      const blockers = await completionBlockers(trx, current.workspace_id, current.id);
      if (blockers.length > 0) {
        throw problems.conflict(
          'body.percentComplete',
          `the quality gate is not satisfied: ${blockers.join('; ')}`,
        );
      }
    }
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
      ...progressColumns(input, current),
      constraint_type: constraintType,
      constraint_date: constraintDate,
      ...(placement ? { parent_id: placement.parentId } : {}),
      version: current.version + 1,
      updated_at: nowUtc(),
    };
    const written = await updateTaskIfVersion(trx, current.workspace_id, current.id, input.version, changes);
    if (!written) throw await stale();
    if (placement) {
      const positions = positionsOf(tasks);
      await writePositions(trx, current.workspace_id, placement.siblingIds, positions);
      if (placement.parentId !== current.parent_id) {
        const oldSiblings = siblingsInOrder(tasks, current.parent_id).filter((id) => id !== current.id);
        await writePositions(trx, current.workspace_id, oldSiblings, positions);
      }
    }
    // a field edit changed one row only: a cached scheduler may take it without a full reschedule
    const edit =
      placement || alsoChanged.length > 0 ? undefined : { taskId: current.id, row: written, project };
    const report = await this.scheduler.reschedule(trx, current.workspace_id, current.project_id, edit);
    const body = await presentWrite(
      trx,
      current.workspace_id,
      current.project_id,
      current.id,
      [...new Set([...alsoChanged, ...report.changedTaskIds])],
      report,
      // a move changes the outline: each changed task whole (as for create and delete)
      placement ? report.changedTaskIds : alsoChanged,
    );
    return {
      body,
      change: taskChange(current.workspace_id, current.project_id, 'upsert', [current.id], body),
      replication: report.replication,
    };
  }

  /** Deletes the task with its subtasks and their links; the siblings close ranks. */
  async delete(userId: string, taskId: string, version?: number): Promise<CommittedWrite<RescheduleResult>> {
    return this.db.transaction().execute(async (trx) => {
      const current = await this.requireTask(trx, userId, taskId);
      if (!taskPolicy.edit(current.role))
        throw problems.forbidden(`a ${current.role} cannot change the plan`);
      await this.scheduler.lockPlan(trx, current.workspace_id, current.project_id);
      // re-read under the project lock: a concurrent write may have committed since the first read
      const locked = await findTask(trx, current.workspace_id, current.id);
      if (!locked) throw problems.notFound('task', taskId);
      if (version !== undefined && version !== locked.version) {
        throw problems.versionConflict(
          'the task',
          version,
          await this.present(trx, current.workspace_id, current.project_id, current.id),
          locked.version,
        );
      }
      const tasks = await listTasks(trx, current.workspace_id, current.project_id);
      const doomed = subtreeIds(tasks, current.id);
      await deleteTasks(trx, current.workspace_id, doomed);
      const remaining = siblingsInOrder(tasks, current.parent_id).filter((id) => id !== current.id);
      await writePositions(trx, current.workspace_id, remaining, positionsOf(tasks));
      const report = await this.scheduler.reschedule(trx, current.workspace_id, current.project_id);
      const changes = await presentChanges(
        trx,
        current.workspace_id,
        current.project_id,
        report.changedTaskIds,
        report,
        // the outline changed: each changed task whole (as for create)
        new Set(report.changedTaskIds),
      );
      return {
        body: changes,
        change: taskChange(current.workspace_id, current.project_id, 'delete', doomed, changes),
      };
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
    // the analysis comes with the whole plan's schedule (cached, or computed now)
    const { outline, indexOf } = await this.scheduler.plannedOutline(db, workspaceId, projectId);
    const index = indexOf?.get(taskId) ?? outline.findIndex((e) => e.task.id === taskId);
    const entry = outline[index];
    if (entry?.task.id !== taskId) throw problems.notFound('task', taskId);
    return presentTask(entry, rolledUpAt(outline, index));
  }
}

function taskChange(
  workspaceId: string,
  projectId: string,
  kind: 'upsert' | 'delete',
  ids: readonly string[],
  changes: ScheduleChanges,
): ChangeNotice {
  return { workspaceId, projectId, entity: 'task', kind, ids, rescheduledTaskIds: changedIdsOf(changes) };
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
