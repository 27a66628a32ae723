import type {
  Assignment,
  AssignmentListQuery,
  AssignmentWriteResult,
  CreateAssignmentRequest,
  RescheduleResult,
  ResourceType,
  ScheduleChanges,
  UpdateAssignmentRequest,
} from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { requireProject } from '../projects/projects.service';
import { findResourceRecord } from '../resources/resources.repository';
import { type ChangeNotice, type CommittedWrite, changedIdsOf } from '../scheduling/committed-write';
import type { ProjectScheduler } from '../scheduling/project-schedule.service';
import { presentChanges } from '../tasks/rescheduled-tasks';
import { taskPolicy } from '../tasks/tasks.policy';
import { findTask, type TaskRow } from '../tasks/tasks.repository';
import { presentAssignment } from './assignment.presenter';
import {
  editedAssignmentLoad,
  isWorkInputError,
  MAX_TASK_DURATION,
  newAssignmentLoad,
  type UnitsAndWork,
  workDrivenDuration,
} from './assignment-work';
import {
  type AssignmentRow,
  deleteAssignment,
  findAssignment,
  findAssignmentForUser,
  hasSubtasks,
  insertAssignment,
  listAssignments,
  setTaskDuration,
  updateAssignmentIfVersion,
} from './assignments.repository';

/** Assigning resources is editing the plan: the same people may do it as may edit tasks. */
const assignmentPolicy = taskPolicy;

export class AssignmentsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly scheduler: ProjectScheduler,
  ) {}

  async list(userId: string, projectId: string, filter: AssignmentListQuery): Promise<Assignment[]> {
    const project = await requireProject(this.db, projectId, userId);
    return (await listAssignments(this.db, project.workspace_id, project.id, filter)).map(presentAssignment);
  }

  async get(userId: string, assignmentId: string): Promise<Assignment> {
    return presentAssignment(await this.requireAssignment(this.db, userId, assignmentId));
  }

  /** Assigns a resource of the project's workspace to one of its leaf tasks; the project is rescheduled. */
  async create(
    userId: string,
    projectId: string,
    input: CreateAssignmentRequest,
  ): Promise<CommittedWrite<AssignmentWriteResult>> {
    return this.db.transaction().execute(async (trx) => {
      const project = await requireProject(trx, projectId, userId);
      if (!assignmentPolicy.edit(project.role))
        throw problems.forbidden(`a ${project.role} cannot change the plan`);
      const workspaceId = project.workspace_id;
      await this.scheduler.lockPlan(trx, workspaceId, project.id);
      const task = await findTask(trx, workspaceId, input.taskId);
      if (!task || task.project_id !== project.id)
        throw problems.validation('body.taskId', `task ${input.taskId} is not in this project`);
      if (await hasSubtasks(trx, workspaceId, task.id))
        throw problems.validation('body.taskId', 'is a summary task: assign resources to its subtasks');
      const resource = await findResourceRecord(trx, workspaceId, input.resourceId);
      if (!resource)
        throw problems.validation('body.resourceId', `resource ${input.resourceId} is not in this workspace`);
      const type = resource.resource.type as ResourceType;
      const load = newAssignmentLoad(type, task.duration, input);
      if (isWorkInputError(load)) throw problems.validation(load.field, load.message);
      const siblings = await listAssignments(trx, workspaceId, project.id, { taskId: task.id });
      if (siblings.some((a) => a.resource_id === resource.resource.id))
        throw problems.conflict('resourceId', 'the resource is already assigned to this task');
      const now = nowUtc();
      const row: AssignmentRow = {
        workspace_id: workspaceId,
        id: newId(),
        project_id: project.id,
        task_id: task.id,
        resource_id: resource.resource.id,
        units: load.units,
        work: load.work,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await insertAssignment(trx, row);
      const workGiven = type === 'work' && input.work !== undefined;
      return this.finish(trx, row, task, workGiven, 'body.work');
    });
  }

  /** Changes units and/or work (optimistic concurrency on `version`); the task's duration follows. */
  async update(
    userId: string,
    assignmentId: string,
    input: UpdateAssignmentRequest,
  ): Promise<CommittedWrite<AssignmentWriteResult>> {
    return this.db.transaction().execute(async (trx) => {
      const found = await this.requireAssignment(trx, userId, assignmentId);
      if (!assignmentPolicy.edit(found.role))
        throw problems.forbidden(`a ${found.role} cannot change the plan`);
      const workspaceId = found.workspace_id;
      await this.scheduler.lockPlan(trx, workspaceId, found.project_id);
      const current = await findAssignment(trx, workspaceId, found.id);
      if (!current) throw problems.notFound('assignment', assignmentId);
      const stale = () =>
        problems.versionConflict(
          'the assignment',
          input.version,
          presentAssignment(current),
          current.version,
        );
      if (current.version !== input.version) throw stale();
      const resource = await findResourceRecord(trx, workspaceId, current.resource_id);
      const task = await findTask(trx, workspaceId, current.task_id);
      if (!resource || !task) throw problems.notFound('assignment', assignmentId);
      const type = resource.resource.type as ResourceType;
      const load = editedAssignmentLoad(type, current, input);
      if (isWorkInputError(load)) throw problems.validation(load.field, load.message);
      const changes = {
        units: load.units,
        work: load.work,
        version: current.version + 1,
        updated_at: nowUtc(),
      };
      if (!(await updateAssignmentIfVersion(trx, workspaceId, current.id, input.version, changes)))
        throw stale();
      const edited = input.units !== undefined || input.work !== undefined;
      return this.finish(
        trx,
        { ...current, ...changes },
        task,
        type === 'work' && edited,
        input.work !== undefined ? 'body.work' : 'body.units',
      );
    });
  }

  /** Removes the assignment; the task keeps its duration, the project is rescheduled. */
  async delete(
    userId: string,
    assignmentId: string,
    version?: number,
  ): Promise<CommittedWrite<RescheduleResult>> {
    return this.db.transaction().execute(async (trx) => {
      const found = await this.requireAssignment(trx, userId, assignmentId);
      if (!assignmentPolicy.edit(found.role))
        throw problems.forbidden(`a ${found.role} cannot change the plan`);
      const workspaceId = found.workspace_id;
      await this.scheduler.lockPlan(trx, workspaceId, found.project_id);
      const current = await findAssignment(trx, workspaceId, found.id);
      if (!current) throw problems.notFound('assignment', assignmentId);
      if (version !== undefined && version !== current.version) {
        throw problems.versionConflict(
          'the assignment',
          version,
          presentAssignment(current),
          current.version,
        );
      }
      await deleteAssignment(trx, workspaceId, current.id);
      const report = await this.scheduler.reschedule(trx, workspaceId, current.project_id);
      const changes = await presentChanges(
        trx,
        workspaceId,
        current.project_id,
        report.changedTaskIds,
        report,
      );
      return {
        body: changes,
        change: assignmentChange(current, 'delete', changes),
      };
    });
  }

  /**
   * After an assignment write: a work-driven task takes its longest assignment's work ÷ units as
   * its duration (elapsed-duration tasks keep theirs), then the project is rescheduled.
   */
  private async finish(
    trx: Kysely<Database>,
    row: AssignmentRow,
    task: TaskRow,
    workDriven: boolean,
    workField: 'body.work' | 'body.units',
  ): Promise<CommittedWrite<AssignmentWriteResult>> {
    // the task whose duration this write set is answered whole
    const changedTaskIds = new Set<string>();
    if (workDriven && !task.duration_unit.startsWith('e')) {
      const duration = workDrivenDuration(
        await this.workLoads(trx, row.workspace_id, row.project_id, task.id),
      );
      if (duration > MAX_TASK_DURATION) {
        throw problems.validation(
          workField,
          `makes the task ${duration} working minutes long: at most ${MAX_TASK_DURATION}`,
        );
      }
      if (duration !== task.duration) {
        await setTaskDuration(trx, row.workspace_id, task.id, duration, row.updated_at);
        changedTaskIds.add(task.id);
      }
    }
    const written = new Set(changedTaskIds);
    const report = await this.scheduler.reschedule(trx, row.workspace_id, row.project_id);
    for (const id of report.changedTaskIds) changedTaskIds.add(id);
    const changes = await presentChanges(
      trx,
      row.workspace_id,
      row.project_id,
      changedTaskIds,
      report,
      written,
    );
    return {
      body: { assignment: presentAssignment(row), ...changes },
      change: assignmentChange(row, 'upsert', changes),
    };
  }

  /** Units and work of a task's assignments to work resources. */
  private async workLoads(
    trx: Kysely<Database>,
    workspaceId: string,
    projectId: string,
    taskId: string,
  ): Promise<UnitsAndWork[]> {
    const rows = await trx
      .selectFrom('assignments')
      .innerJoin('resources', (join) =>
        join
          .onRef('resources.workspace_id', '=', 'assignments.workspace_id')
          .onRef('resources.id', '=', 'assignments.resource_id'),
      )
      .select(['assignments.units', 'assignments.work'])
      .where('assignments.workspace_id', '=', workspaceId)
      .where('assignments.project_id', '=', projectId)
      .where('assignments.task_id', '=', taskId)
      .where('resources.type', '=', 'work')
      .execute();
    return rows;
  }

  private async requireAssignment(db: Kysely<Database>, userId: string, assignmentId: string) {
    const found = await findAssignmentForUser(db, assignmentId, userId);
    if (!found) throw problems.notFound('assignment', assignmentId);
    return found;
  }
}

function assignmentChange(
  row: AssignmentRow,
  kind: 'upsert' | 'delete',
  changes: ScheduleChanges,
): ChangeNotice {
  return {
    workspaceId: row.workspace_id,
    projectId: row.project_id,
    entity: 'assignment',
    kind,
    ids: [row.id],
    rescheduledTaskIds: changedIdsOf(changes),
  };
}
