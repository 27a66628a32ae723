import type { CreateDefectRequest, Defect, UpdateDefectRequest } from '@tandem/api';
import type { Kysely, Selectable } from 'kysely';
import type { Database, DefectsTable } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { isUniqueViolation } from '../db/unique-violation';
import { problems } from '../http/problem-error';
import { atLeast } from '../memberships/memberships.policy';
import { findRole } from '../memberships/memberships.repository';
import { requireProject } from '../projects/projects.service';
import type { QualityWrite } from './quality.service';

type DefectRow = Selectable<DefectsTable>;

function presentDefect(row: DefectRow): Defect {
  return {
    id: row.id,
    projectId: row.project_id,
    code: `D-${row.number}`,
    title: row.title,
    description: row.description,
    severity: row.severity as Defect['severity'],
    status: row.status as Defect['status'],
    taskId: row.task_id,
    reportedBy: row.reported_by,
    assigneeId: row.assignee_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The defect log: issues found in the work, each linked to the task it was found in. */
export class DefectsService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(userId: string, projectId: string): Promise<Defect[]> {
    const project = await requireProject(this.db, projectId, userId);
    const rows = await this.db
      .selectFrom('defects')
      .selectAll()
      .where('workspace_id', '=', project.workspace_id)
      .where('project_id', '=', project.id)
      .orderBy('number', 'desc')
      .execute();
    return rows.map(presentDefect);
  }

  async create(userId: string, projectId: string, input: CreateDefectRequest): Promise<QualityWrite<Defect>> {
    const project = await requireProject(this.db, projectId, userId);
    if (!atLeast(project.role, 'member')) throw problems.forbidden(`a ${project.role} cannot log defects`);
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.db.transaction().execute(async (trx) => {
          await this.checkLinks(trx, project.workspace_id, project.id, input);
          const last = await trx
            .selectFrom('defects')
            .select((eb) => eb.fn.max('number').as('n'))
            .where('workspace_id', '=', project.workspace_id)
            .where('project_id', '=', project.id)
            .executeTakeFirst();
          const now = nowUtc();
          const row: DefectRow = {
            workspace_id: project.workspace_id,
            id: newId(),
            project_id: project.id,
            number: Number(last?.n ?? 0) + 1,
            title: input.title,
            description: input.description ?? '',
            severity: input.severity ?? 'major',
            status: input.status ?? 'open',
            task_id: input.taskId ?? null,
            reported_by: userId,
            assignee_id: input.assigneeId ?? null,
            version: 1,
            created_at: now,
            updated_at: now,
          };
          await trx.insertInto('defects').values(row).execute();
          return { value: presentDefect(row), workspaceId: project.workspace_id, projectId: project.id };
        });
      } catch (error) {
        // two reports at once can draw the same number: the unique key refuses one, which retries
        if (attempt === 0 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }

  async update(userId: string, defectId: string, input: UpdateDefectRequest): Promise<QualityWrite<Defect>> {
    const current = await this.requireDefect(defectId, userId);
    return this.db.transaction().execute(async (trx) => {
      const row = await this.find(trx, current.workspace_id, defectId);
      if (row.version !== input.version) {
        throw problems.versionConflict('the defect', input.version, presentDefect(row), row.version);
      }
      await this.checkLinks(trx, row.workspace_id, row.project_id, input);
      const changes = {
        title: input.title ?? row.title,
        description: input.description ?? row.description,
        severity: input.severity ?? row.severity,
        status: input.status ?? row.status,
        task_id: input.taskId === undefined ? row.task_id : input.taskId,
        assignee_id: input.assigneeId === undefined ? row.assignee_id : input.assigneeId,
        updated_at: nowUtc(),
        version: row.version + 1,
      };
      const result = await trx
        .updateTable('defects')
        .set(changes)
        .where('workspace_id', '=', row.workspace_id)
        .where('id', '=', defectId)
        .where('version', '=', row.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        throw problems.versionConflict('the defect', input.version, presentDefect(row), row.version + 1);
      }
      return {
        value: presentDefect({ ...row, ...changes }),
        workspaceId: row.workspace_id,
        projectId: row.project_id,
      };
    });
  }

  async delete(userId: string, defectId: string, version: number | undefined): Promise<QualityWrite<null>> {
    const current = await this.requireDefect(defectId, userId);
    await this.db.transaction().execute(async (trx) => {
      const row = await this.find(trx, current.workspace_id, defectId);
      if (version !== undefined && version !== row.version) {
        throw problems.versionConflict('the defect', version, presentDefect(row), row.version);
      }
      await trx
        .deleteFrom('defects')
        .where('workspace_id', '=', row.workspace_id)
        .where('id', '=', defectId)
        .execute();
    });
    return { value: null, workspaceId: current.workspace_id, projectId: current.project_id };
  }

  private async find(db: Kysely<Database>, workspaceId: string, defectId: string): Promise<DefectRow> {
    const row = await db
      .selectFrom('defects')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', defectId)
      .executeTakeFirst();
    if (!row) throw problems.notFound('defect', defectId);
    return row;
  }

  private async requireDefect(defectId: string, userId: string): Promise<DefectRow> {
    const row = await this.db
      .selectFrom('defects')
      .innerJoin('memberships', (join) =>
        join
          .onRef('memberships.workspace_id', '=', 'defects.workspace_id')
          .on('memberships.user_id', '=', userId),
      )
      .selectAll('defects')
      .select('memberships.role')
      .where('defects.id', '=', defectId)
      .executeTakeFirst();
    if (!row) throw problems.notFound('defect', defectId);
    if (!atLeast(row.role, 'member')) throw problems.forbidden(`a ${row.role} cannot change defects`);
    return row;
  }

  private async checkLinks(
    db: Kysely<Database>,
    workspaceId: string,
    projectId: string,
    input: { taskId?: string | null; assigneeId?: string | null },
  ): Promise<void> {
    if (input.taskId) {
      const task = await db
        .selectFrom('tasks')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('project_id', '=', projectId)
        .where('id', '=', input.taskId)
        .executeTakeFirst();
      if (!task)
        throw problems.validation('body.taskId', `task ${input.taskId} is not a task of this project`);
    }
    if (input.assigneeId && !(await findRole(db, workspaceId, input.assigneeId))) {
      throw problems.validation('body.assigneeId', `${input.assigneeId} is not a member of this workspace`);
    }
  }
}
