import type {
  CreateTimesheetEntryRequest,
  Role,
  TimesheetEntry,
  TimesheetStatus,
  UpdateTimesheetEntryRequest,
} from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { atLeast } from '../memberships/memberships.policy';
import { requireProject } from '../projects/projects.service';
import {
  deleteTimesheetEntry,
  findTimesheetEntry,
  findTimesheetEntryForUser,
  insertTimesheetEntry,
  listTimesheetEntries,
  type TimesheetEntryRow,
  updateTimesheetEntryIfVersion,
} from './costs.repository';
import type { CostWrite } from './costs.service';
import { presentTimesheetEntry } from './timesheet.presenter';

/**
 * Who may move an entry where: members enter, edit and submit their drafts (and rejected entries);
 * admins and owners approve or reject submitted ones. Approved entries are actual cost: frozen.
 */
const TRANSITIONS: Readonly<Record<TimesheetStatus, readonly TimesheetStatus[]>> = {
  draft: ['draft', 'submitted'],
  rejected: ['draft', 'submitted'],
  submitted: ['draft', 'approved', 'rejected'],
  approved: [],
};

export class TimesheetsService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(
    userId: string,
    projectId: string,
    filter: { from?: string; to?: string; resourceId?: string },
  ): Promise<TimesheetEntry[]> {
    const project = await requireProject(this.db, projectId, userId);
    return (await listTimesheetEntries(this.db, project.workspace_id, project.id, filter)).map(
      presentTimesheetEntry,
    );
  }

  async create(
    userId: string,
    projectId: string,
    input: CreateTimesheetEntryRequest,
  ): Promise<CostWrite<TimesheetEntry>> {
    const project = await requireProject(this.db, projectId, userId);
    if (!atLeast(project.role, 'member')) throw problems.forbidden(`a ${project.role} cannot enter time`);
    return this.db.transaction().execute(async (trx) => {
      const task = await trx
        .selectFrom('tasks')
        .select('id')
        .where('workspace_id', '=', project.workspace_id)
        .where('project_id', '=', project.id)
        .where('id', '=', input.taskId)
        .executeTakeFirst();
      if (!task)
        throw problems.validation('body.taskId', `task ${input.taskId} is not a task of this project`);
      const resource = await trx
        .selectFrom('resources')
        .select(['id', 'type'])
        .where('workspace_id', '=', project.workspace_id)
        .where('id', '=', input.resourceId)
        .executeTakeFirst();
      if (!resource)
        throw problems.validation('body.resourceId', `resource ${input.resourceId} is not in this workspace`);
      if (resource.type !== 'work')
        throw problems.validation('body.resourceId', `only work resources enter time, not ${resource.type}`);
      const now = nowUtc();
      const row: TimesheetEntryRow = {
        workspace_id: project.workspace_id,
        id: newId(),
        project_id: project.id,
        task_id: input.taskId,
        resource_id: input.resourceId,
        entered_by: userId,
        work_date: input.date,
        minutes: input.minutes,
        note: input.note ?? '',
        status: input.status ?? 'draft',
        decided_by: null,
        decided_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await insertTimesheetEntry(trx, row);
      return { value: presentTimesheetEntry(row), workspaceId: project.workspace_id, projectId: project.id };
    });
  }

  async update(
    userId: string,
    entryId: string,
    input: UpdateTimesheetEntryRequest,
  ): Promise<CostWrite<TimesheetEntry>> {
    const found = await findTimesheetEntryForUser(this.db, entryId, userId);
    if (!found) throw problems.notFound('timesheet entry', entryId);
    const role = found.role as Role;
    if (!atLeast(role, 'member')) throw problems.forbidden(`a ${role} cannot enter time`);
    return this.db.transaction().execute(async (trx) => {
      const current = await findTimesheetEntry(trx, found.workspace_id, entryId);
      if (!current) throw problems.notFound('timesheet entry', entryId);
      if (current.version !== input.version) {
        throw problems.versionConflict(
          'the entry',
          input.version,
          presentTimesheetEntry(current),
          current.version,
        );
      }
      const from = current.status as TimesheetStatus;
      const to = input.status ?? from;
      if (from === 'approved')
        throw problems.conflict('status', 'an approved entry is actual cost and cannot change');
      if (!TRANSITIONS[from].includes(to))
        throw problems.validation('body.status', `a ${from} entry cannot become ${to}`);
      const deciding = to === 'approved' || to === 'rejected';
      if (deciding && !atLeast(role, 'admin'))
        throw problems.forbidden(`a ${role} cannot ${to === 'approved' ? 'approve' : 'reject'} time`);
      if (from === 'submitted' && !deciding && (input.minutes !== undefined || input.note !== undefined)) {
        throw problems.conflict('status', 'a submitted entry is edited after it is sent back to draft');
      }
      const now = nowUtc();
      const changes = {
        minutes: input.minutes ?? current.minutes,
        note: input.note ?? current.note,
        status: to,
        decided_by: deciding ? userId : current.decided_by,
        decided_at: deciding ? now : current.decided_at,
        updated_at: now,
      };
      if (
        !(await updateTimesheetEntryIfVersion(trx, found.workspace_id, entryId, current.version, changes))
      ) {
        throw problems.versionConflict(
          'the entry',
          input.version,
          presentTimesheetEntry(current),
          current.version + 1,
        );
      }
      const value = presentTimesheetEntry({ ...current, ...changes, version: current.version + 1 });
      return { value, workspaceId: found.workspace_id, projectId: found.project_id };
    });
  }

  async delete(userId: string, entryId: string, version: number | undefined): Promise<CostWrite<null>> {
    const found = await findTimesheetEntryForUser(this.db, entryId, userId);
    if (!found) throw problems.notFound('timesheet entry', entryId);
    const role = found.role as Role;
    if (!atLeast(role, 'member')) throw problems.forbidden(`a ${role} cannot enter time`);
    await this.db.transaction().execute(async (trx) => {
      const current = await findTimesheetEntry(trx, found.workspace_id, entryId);
      if (!current) throw problems.notFound('timesheet entry', entryId);
      if (version !== undefined && version !== current.version) {
        throw problems.versionConflict('the entry', version, presentTimesheetEntry(current), current.version);
      }
      if (current.status === 'approved')
        throw problems.conflict('status', 'an approved entry is actual cost and cannot be removed');
      await deleteTimesheetEntry(trx, found.workspace_id, entryId);
    });
    return { value: null, workspaceId: found.workspace_id, projectId: found.project_id };
  }
}
