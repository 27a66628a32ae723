import type {
  CreateResourceRequest,
  RescheduleResult,
  Resource,
  ResourceType,
  ScheduleChanges,
  UpdateResourceRequest,
} from '@tandem/api';
import type { Kysely, Updateable } from 'kysely';
import { projectsAssigning } from '../assignments/assignments.repository';
import type { Database, ResourcesTable } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { lockProject } from '../projects/projects.repository';
import { type ChangeNotice, changedIdsOf } from '../scheduling/committed-write';
import type { ProjectScheduler } from '../scheduling/project-schedule.service';
import { presentChanges } from '../tasks/rescheduled-tasks';
import { requireWorkspace } from '../workspaces/workspaces.service';
import type { CommittedWrites } from './committed-writes';
import { presentResource, ratePer } from './resource.presenter';
import { availabilityRows, checkRateUnits, defaultInitials, rateRows } from './resource-fields';
import { resourcePolicy } from './resources.policy';
import {
  deleteResource,
  findResourceForUser,
  findResourceRecord,
  insertResource,
  listResourceRecords,
  type ResourceRow,
  replaceAvailability,
  replaceRates,
  updateResourceIfVersion,
} from './resources.repository';

export class ResourcesService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly scheduler: ProjectScheduler,
  ) {}

  /** The workspace's resources by name. */
  async list(userId: string, workspaceId: string): Promise<Resource[]> {
    const workspace = await requireWorkspace(this.db, workspaceId, userId);
    return (await listResourceRecords(this.db, workspace.workspace_id)).map(presentResource);
  }

  async get(userId: string, resourceId: string): Promise<Resource> {
    const found = await this.requireResource(this.db, userId, resourceId);
    return this.present(this.db, found.workspace_id, found.id);
  }

  async create(
    userId: string,
    workspaceId: string,
    input: CreateResourceRequest,
  ): Promise<CommittedWrites<Resource>> {
    return this.db.transaction().execute(async (trx) => {
      const workspace = await requireWorkspace(trx, workspaceId, userId);
      if (!resourcePolicy.edit(workspace.role))
        throw problems.forbidden(`a ${workspace.role} cannot change resources`);
      const type: ResourceType = input.type ?? 'work';
      checkRateUnits(type, input);
      await checkCalendar(trx, workspace.workspace_id, input.calendarId ?? null);
      const now = nowUtc();
      const id = newId();
      const row: ResourceRow = {
        workspace_id: workspace.workspace_id,
        id,
        name: input.name,
        type,
        initials: input.initials ?? defaultInitials(input.name),
        group_name: input.group ?? '',
        material_label: type === 'material' ? (input.materialLabel ?? '') : '',
        max_units: input.maxUnits ?? 100,
        calendar_id: input.calendarId ?? null,
        standard_rate_minor: input.standardRate?.amountMinor ?? 0,
        overtime_rate_minor: input.overtimeRate?.amountMinor ?? 0,
        cost_per_use_minor: input.costPerUse?.amountMinor ?? 0,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await insertResource(trx, row);
      await replaceAvailability(
        trx,
        row.workspace_id,
        id,
        availabilityRows(row.workspace_id, id, input.availability ?? []),
      );
      await replaceRates(trx, row.workspace_id, id, rateRows(row.workspace_id, id, input.rateChanges ?? []));
      const body = await this.present(trx, row.workspace_id, id);
      return { body, changes: [resourceChange(row.workspace_id, 'upsert', id)] };
    });
  }

  /**
   * Partial update with optimistic concurrency on `version`. A resource's fields move no task dates
   * while it runs on each project's calendar; changing its calendar reschedules the projects that
   * assign it, and the type of an assigned resource cannot change (its assignments' units and work
   * would change meaning).
   */
  async update(
    userId: string,
    resourceId: string,
    input: UpdateResourceRequest,
  ): Promise<CommittedWrites<Resource>> {
    return this.db.transaction().execute(async (trx) => {
      const current = await this.requireResource(trx, userId, resourceId);
      if (!resourcePolicy.edit(current.role))
        throw problems.forbidden(`a ${current.role} cannot change resources`);
      const workspaceId = current.workspace_id;
      const stale = async () =>
        problems.versionConflict(
          'the resource',
          input.version,
          await this.present(trx, workspaceId, current.id),
          current.version,
        );
      if (current.version !== input.version) throw await stale();
      const type = (input.type ?? current.type) as ResourceType;
      checkRateUnits(type, input);
      checkRatesFollowType(current, type, input);
      const assigning = await projectsAssigning(trx, workspaceId, current.id);
      if (type !== current.type && assigning.length > 0) {
        throw problems.conflict(
          'type',
          `the resource has assignments in ${assigning.length} project(s): remove them first`,
        );
      }
      if (input.calendarId !== undefined) await checkCalendar(trx, workspaceId, input.calendarId);
      const changes: Updateable<ResourcesTable> = {
        ...(input.name !== undefined ? { name: input.name } : {}),
        type,
        ...(input.initials !== undefined ? { initials: input.initials } : {}),
        ...(input.group !== undefined ? { group_name: input.group } : {}),
        ...(type !== 'material'
          ? { material_label: '' }
          : input.materialLabel !== undefined
            ? { material_label: input.materialLabel }
            : {}),
        ...(input.maxUnits !== undefined ? { max_units: input.maxUnits } : {}),
        ...(input.calendarId !== undefined ? { calendar_id: input.calendarId } : {}),
        ...(input.standardRate ? { standard_rate_minor: input.standardRate.amountMinor } : {}),
        ...(input.overtimeRate ? { overtime_rate_minor: input.overtimeRate.amountMinor } : {}),
        ...(input.costPerUse ? { cost_per_use_minor: input.costPerUse.amountMinor } : {}),
        version: current.version + 1,
        updated_at: nowUtc(),
      };
      if (!(await updateResourceIfVersion(trx, workspaceId, current.id, input.version, changes))) {
        throw await stale();
      }
      if (input.availability) {
        await replaceAvailability(
          trx,
          workspaceId,
          current.id,
          availabilityRows(workspaceId, current.id, input.availability),
        );
      }
      if (input.rateChanges) {
        await replaceRates(
          trx,
          workspaceId,
          current.id,
          rateRows(workspaceId, current.id, input.rateChanges),
        );
      }
      const changesOut: ChangeNotice[] = [resourceChange(workspaceId, 'upsert', current.id)];
      if (input.calendarId !== undefined && input.calendarId !== current.calendar_id) {
        for (const { projectId, assignmentIds } of assigning) {
          const moved = await this.rescheduleProject(trx, workspaceId, projectId);
          changesOut.push(assignmentChange(workspaceId, projectId, 'upsert', assignmentIds, moved));
        }
      }
      return { body: await this.present(trx, workspaceId, current.id), changes: changesOut };
    });
  }

  /** Deletes the resource with its assignments; the projects that assigned it are rescheduled. */
  async delete(
    userId: string,
    resourceId: string,
    version?: number,
  ): Promise<CommittedWrites<RescheduleResult>> {
    return this.db.transaction().execute(async (trx) => {
      const current = await this.requireResource(trx, userId, resourceId);
      if (!resourcePolicy.edit(current.role))
        throw problems.forbidden(`a ${current.role} cannot change resources`);
      const workspaceId = current.workspace_id;
      const assigning = await projectsAssigning(trx, workspaceId, current.id);
      for (const { projectId } of assigning) await this.scheduler.lockPlan(trx, workspaceId, projectId);
      // re-read under the locks: a concurrent write may have committed since the first read
      const locked = await findResourceRecord(trx, workspaceId, current.id);
      if (!locked) throw problems.notFound('resource', resourceId);
      if (version !== undefined && version !== locked.resource.version) {
        throw problems.versionConflict(
          'the resource',
          version,
          presentResource(locked),
          locked.resource.version,
        );
      }
      await deleteResource(trx, workspaceId, current.id);
      const body: ScheduleChanges = { rescheduled: [], reanalysed: [] };
      const changes: ChangeNotice[] = [resourceChange(workspaceId, 'delete', current.id)];
      for (const { projectId, assignmentIds } of assigning) {
        const project = await this.rescheduleProject(trx, workspaceId, projectId);
        body.rescheduled.push(...project.rescheduled);
        body.reanalysed.push(...project.reanalysed);
        changes.push(assignmentChange(workspaceId, projectId, 'delete', assignmentIds, project));
      }
      return { body, changes };
    });
  }

  private async rescheduleProject(
    trx: Kysely<Database>,
    workspaceId: string,
    projectId: string,
  ): Promise<ScheduleChanges> {
    await lockProject(trx, workspaceId, projectId);
    const report = await this.scheduler.reschedule(trx, workspaceId, projectId);
    return presentChanges(trx, workspaceId, projectId, report.changedTaskIds, report);
  }

  private async requireResource(db: Kysely<Database>, userId: string, resourceId: string) {
    const found = await findResourceForUser(db, resourceId, userId);
    if (!found) throw problems.notFound('resource', resourceId);
    return found;
  }

  private async present(db: Kysely<Database>, workspaceId: string, resourceId: string): Promise<Resource> {
    const record = await findResourceRecord(db, workspaceId, resourceId);
    if (!record) throw problems.notFound('resource', resourceId);
    return presentResource(record);
  }
}

/**
 * Stored rates are per hour or per unit by the resource's type: a type change that switches the
 * unit must restate every non-zero rate, or an hourly rate would silently become a unit price.
 */
function checkRatesFollowType(current: ResourceRow, type: ResourceType, input: UpdateResourceRequest): void {
  if (ratePer(type) === ratePer(current.type as ResourceType)) return;
  const message = `must be given again per "${ratePer(type)}" when the type becomes ${type}`;
  if (current.standard_rate_minor > 0 && !input.standardRate)
    throw problems.validation('body.standardRate', message);
  if (current.overtime_rate_minor > 0 && !input.overtimeRate)
    throw problems.validation('body.overtimeRate', message);
}

/** A resource may run on a calendar of its own workspace only. */
async function checkCalendar(
  db: Kysely<Database>,
  workspaceId: string,
  calendarId: string | null,
): Promise<void> {
  if (calendarId === null) return;
  const found = await db
    .selectFrom('calendars')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', calendarId)
    .executeTakeFirst();
  if (!found) throw problems.validation('body.calendarId', `calendar ${calendarId} is not in this workspace`);
}

function resourceChange(workspaceId: string, kind: 'upsert' | 'delete', id: string): ChangeNotice {
  return { workspaceId, projectId: null, entity: 'resource', kind, ids: [id] };
}

function assignmentChange(
  workspaceId: string,
  projectId: string,
  kind: 'upsert' | 'delete',
  ids: readonly string[],
  scheduleChanges: ScheduleChanges,
): ChangeNotice {
  return {
    workspaceId,
    projectId,
    entity: 'assignment',
    kind,
    ids,
    rescheduledTaskIds: changedIdsOf(scheduleChanges),
  };
}
