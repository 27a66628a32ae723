import {
  type CreateRaidItemRequest,
  RAID_STATUSES,
  type RaidItem,
  type RaidKind,
  type RaidStatus,
  type Role,
  type UpdateRaidItemRequest,
} from '@tandem/api';
import type { Kysely, Selectable } from 'kysely';
import type { Database, RaidItemsTable } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { isUniqueViolation } from '../db/unique-violation';
import { problems } from '../http/problem-error';
import type { ScopedWrite } from '../live/announce-write';
import { atLeast } from '../memberships/memberships.policy';
import { requireProject } from '../projects/projects.service';
import { checkOwner, checkTasks } from '../risks/risk-rules';

type RaidRow = Selectable<RaidItemsTable>;
const PREFIX: Record<RaidKind, string> = { assumption: 'A', issue: 'I', decision: 'DEC' };

/** A committed write and where it happened (for the live feed). */
export type RaidWrite<T> = ScopedWrite<T>;

function present(row: RaidRow, taskIds: readonly string[]): RaidItem {
  const kind = row.kind as RaidKind;
  return {
    id: row.id,
    projectId: row.project_id,
    kind,
    code: `${PREFIX[kind]}-${row.number}`,
    title: row.title,
    description: row.description,
    ownerId: row.owner_id,
    status: row.status as RaidStatus,
    priority: row.priority as RaidItem['priority'],
    raisedOn: row.raised_on,
    dueOn: row.due_on,
    resolution: row.resolution,
    taskIds: [...taskIds],
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function checkStatus(kind: RaidKind, status: string): void {
  const allowed: readonly string[] = RAID_STATUSES[kind];
  if (!allowed.includes(status)) {
    throw problems.validation('body.status', `an ${kind} is one of ${allowed.join(', ')}, not ${status}`);
  }
}

/** The RAID log's assumptions, issues and decisions. */
export class RaidService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(userId: string, projectId: string, kind?: RaidKind): Promise<RaidItem[]> {
    const project = await requireProject(this.db, projectId, userId);
    let query = this.db
      .selectFrom('raid_items')
      .selectAll()
      .where('workspace_id', '=', project.workspace_id)
      .where('project_id', '=', project.id);
    if (kind) query = query.where('kind', '=', kind);
    const rows = await query.orderBy('kind').orderBy('number').execute();
    const tasks = await this.tasksOf(
      this.db,
      project.workspace_id,
      rows.map((r) => r.id),
    );
    return rows.map((row) => present(row, tasks.get(row.id) ?? []));
  }

  async get(userId: string, itemId: string): Promise<RaidItem> {
    const row = await this.requireItem(itemId, userId);
    return this.presentOne(this.db, row.workspace_id, itemId);
  }

  async create(
    userId: string,
    projectId: string,
    input: CreateRaidItemRequest,
  ): Promise<RaidWrite<RaidItem>> {
    const project = await requireProject(this.db, projectId, userId);
    if (!atLeast(project.role, 'member'))
      throw problems.forbidden(`a ${project.role} cannot change the RAID log`);
    const status = input.status ?? RAID_STATUSES[input.kind][0];
    checkStatus(input.kind, status);
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.db.transaction().execute(async (trx) => {
          await checkOwner(trx, project.workspace_id, input.ownerId, 'body.ownerId');
          const taskIds = await checkTasks(trx, project.workspace_id, project.id, input.taskIds ?? []);
          const last = await trx
            .selectFrom('raid_items')
            .select((eb) => eb.fn.max('number').as('n'))
            .where('workspace_id', '=', project.workspace_id)
            .where('project_id', '=', project.id)
            .where('kind', '=', input.kind)
            .executeTakeFirst();
          const now = nowUtc();
          const row: RaidRow = {
            workspace_id: project.workspace_id,
            id: newId(),
            project_id: project.id,
            kind: input.kind,
            number: Number(last?.n ?? 0) + 1,
            title: input.title,
            description: input.description ?? '',
            owner_id: input.ownerId ?? null,
            status,
            priority: input.priority ?? 'medium',
            raised_on: input.raisedOn ?? now.slice(0, 10),
            due_on: input.dueOn ?? null,
            resolution: input.resolution ?? '',
            version: 1,
            created_at: now,
            updated_at: now,
          };
          await trx.insertInto('raid_items').values(row).execute();
          await this.replaceTasks(trx, project.workspace_id, row.id, taskIds);
          return { value: present(row, taskIds), workspaceId: project.workspace_id, projectId: project.id };
        });
      } catch (error) {
        // two items logged at once can draw the same number: the unique key refuses one, which retries
        if (attempt === 0 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }

  async update(userId: string, itemId: string, input: UpdateRaidItemRequest): Promise<RaidWrite<RaidItem>> {
    const found = await this.requireWriter(itemId, userId);
    return this.db.transaction().execute(async (trx) => {
      const row = await this.find(trx, found.workspace_id, itemId);
      if (row.version !== input.version) {
        throw problems.versionConflict(
          'the item',
          input.version,
          await this.presentOne(trx, row.workspace_id, itemId),
          row.version,
        );
      }
      const kind = row.kind as RaidKind;
      if (input.status !== undefined) checkStatus(kind, input.status);
      if (input.ownerId !== undefined) await checkOwner(trx, row.workspace_id, input.ownerId, 'body.ownerId');
      if (input.taskIds !== undefined) {
        await this.replaceTasks(
          trx,
          row.workspace_id,
          itemId,
          await checkTasks(trx, row.workspace_id, row.project_id, input.taskIds),
        );
      }
      const changes = {
        title: input.title ?? row.title,
        description: input.description ?? row.description,
        owner_id: input.ownerId === undefined ? row.owner_id : input.ownerId,
        status: input.status ?? row.status,
        priority: input.priority ?? row.priority,
        raised_on: input.raisedOn ?? row.raised_on,
        due_on: input.dueOn === undefined ? row.due_on : input.dueOn,
        resolution: input.resolution ?? row.resolution,
        updated_at: nowUtc(),
        version: row.version + 1,
      };
      const result = await trx
        .updateTable('raid_items')
        .set(changes)
        .where('workspace_id', '=', row.workspace_id)
        .where('id', '=', itemId)
        .where('version', '=', row.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        throw problems.versionConflict(
          'the item',
          input.version,
          await this.presentOne(trx, row.workspace_id, itemId),
          row.version + 1,
        );
      }
      return {
        value: await this.presentOne(trx, row.workspace_id, itemId),
        workspaceId: row.workspace_id,
        projectId: row.project_id,
      };
    });
  }

  async delete(userId: string, itemId: string, version: number | undefined): Promise<RaidWrite<null>> {
    const found = await this.requireWriter(itemId, userId);
    await this.db.transaction().execute(async (trx) => {
      const row = await this.find(trx, found.workspace_id, itemId);
      if (version !== undefined && version !== row.version) {
        throw problems.versionConflict(
          'the item',
          version,
          await this.presentOne(trx, row.workspace_id, itemId),
          row.version,
        );
      }
      await trx
        .deleteFrom('raid_item_tasks')
        .where('workspace_id', '=', row.workspace_id)
        .where('item_id', '=', itemId)
        .execute();
      await trx
        .deleteFrom('raid_items')
        .where('workspace_id', '=', row.workspace_id)
        .where('id', '=', itemId)
        .execute();
    });
    return { value: null, workspaceId: found.workspace_id, projectId: found.project_id };
  }

  private async find(db: Kysely<Database>, workspaceId: string, itemId: string): Promise<RaidRow> {
    const row = await db
      .selectFrom('raid_items')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', itemId)
      .executeTakeFirst();
    if (!row) throw problems.notFound('RAID item', itemId);
    return row;
  }

  private async presentOne(db: Kysely<Database>, workspaceId: string, itemId: string): Promise<RaidItem> {
    const row = await this.find(db, workspaceId, itemId);
    return present(row, (await this.tasksOf(db, workspaceId, [itemId])).get(itemId) ?? []);
  }

  private async tasksOf(
    db: Kysely<Database>,
    workspaceId: string,
    itemIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (itemIds.length === 0) return out;
    const rows = await db
      .selectFrom('raid_item_tasks')
      .select(['item_id', 'task_id'])
      .where('workspace_id', '=', workspaceId)
      .where('item_id', 'in', [...itemIds])
      .orderBy('task_id')
      .execute();
    for (const row of rows) out.set(row.item_id, [...(out.get(row.item_id) ?? []), row.task_id]);
    return out;
  }

  private async replaceTasks(
    db: Kysely<Database>,
    workspaceId: string,
    itemId: string,
    taskIds: readonly string[],
  ): Promise<void> {
    await db
      .deleteFrom('raid_item_tasks')
      .where('workspace_id', '=', workspaceId)
      .where('item_id', '=', itemId)
      .execute();
    if (taskIds.length === 0) return;
    await db
      .insertInto('raid_item_tasks')
      .values(taskIds.map((task_id) => ({ workspace_id: workspaceId, item_id: itemId, task_id })))
      .execute();
  }

  private async requireItem(itemId: string, userId: string): Promise<RaidRow & { role: Role }> {
    const row = await this.db
      .selectFrom('raid_items')
      .innerJoin('memberships', (join) =>
        join
          .onRef('memberships.workspace_id', '=', 'raid_items.workspace_id')
          .on('memberships.user_id', '=', userId),
      )
      .selectAll('raid_items')
      .select('memberships.role')
      .where('raid_items.id', '=', itemId)
      .executeTakeFirst();
    if (!row) throw problems.notFound('RAID item', itemId);
    return row;
  }

  private async requireWriter(itemId: string, userId: string): Promise<RaidRow & { role: Role }> {
    const row = await this.requireItem(itemId, userId);
    if (!atLeast(row.role, 'member')) throw problems.forbidden(`a ${row.role} cannot change the RAID log`);
    return row;
  }
}
