import type { ImportResult } from '@tandem/api';
import { schedule } from '@tandem/engine';
import { writeMspdi } from '@tandem/formats';
import type { Kysely } from 'kysely';
import { insertCalendar } from '../calendars/calendars.repository';
import type { Database } from '../db/database.types';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { insertLinks } from '../links/links.repository';
import { presentProject } from '../projects/project.presenter';
import { projectPolicy } from '../projects/projects.policy';
import { findProject, insertProject } from '../projects/projects.repository';
import { requireProject } from '../projects/projects.service';
import type { CommittedWrite } from '../scheduling/committed-write';
import { loadProjectInput, type ProjectScheduler } from '../scheduling/project-schedule.service';
import { buildOutline } from '../tasks/task-outline';
import { listTasks, type TaskRow } from '../tasks/tasks.repository';
import { requireWorkspace } from '../workspaces/workspaces.service';
import { readMspdiForImport } from './mspdi-reading';
import { type ImportRows, mspdiToRows } from './mspdi-to-rows';

/** Task rows per INSERT: ~30 columns each stays under SQLite's and PostgreSQL's parameter limits. */
const TASK_INSERT_CHUNK = 200;

export class MspdiService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly scheduler: ProjectScheduler,
  ) {}

  /**
   * Imports an MS Project XML file as a new project of the workspace, in one transaction, and
   * schedules it with the engine; the answer says how many task dates equal the file's.
   */
  async import(userId: string, workspaceId: string, xml: string): Promise<CommittedWrite<ImportResult>> {
    const workspace = await requireWorkspace(this.db, workspaceId, userId);
    if (!projectPolicy.create(workspace.role))
      throw problems.forbidden(`a ${workspace.role} cannot create projects`);
    // parsing and the trial schedules are CPU work: done before the transaction opens
    const reading = readMspdiForImport(xml);
    const { document } = reading;
    const warnings = [...document.extras.warnings];
    if (reading.activeFlagsIgnored)
      warnings.push("the file's Active flags contradict its dates: every task is read as active");
    if (document.extras.crossProjectLinks.length > 0) {
      warnings.push(`${document.extras.crossProjectLinks.length} link(s) to other projects are not imported`);
    }
    return this.db.transaction().execute(async (trx) => {
      await requireWorkspace(trx, workspaceId, userId);
      const rows = mspdiToRows(document.project, workspaceId, nowUtc(), warnings);
      for (const calendar of rows.calendars) await insertCalendar(trx, calendar);
      await insertProject(trx, rows.project);
      for (let i = 0; i < rows.tasks.length; i += TASK_INSERT_CHUNK) {
        await trx
          .insertInto('tasks')
          .values(rows.tasks.slice(i, i + TASK_INSERT_CHUNK))
          .execute();
      }
      await insertLinks(trx, rows.links);
      await insertResourcing(trx, rows);
      await this.scheduler.reschedule(trx, workspaceId, rows.project.id);
      const stored = await listTasks(trx, workspaceId, rows.project.id);
      const compared = compareWithFile(stored, rows.fileIds, document);
      const project = await findProject(trx, workspaceId, rows.project.id);
      if (!project) throw problems.notFound('project', rows.project.id);
      return {
        body: {
          project: presentProject(project, rows.tasks.length),
          tasks: rows.tasks.length,
          links: rows.links.length,
          calendars: rows.calendars.length,
          resources: rows.resources.length,
          assignments: rows.assignments.length,
          ...compared,
          warnings: rows.warnings,
        },
        change: { workspaceId, projectId: project.id, entity: 'project', kind: 'upsert', ids: [project.id] },
      };
    });
  }

  /** The project as MS Project XML, with the engine's dates (the ones Tandem stores). */
  async export(userId: string, projectId: string): Promise<{ fileName: string; xml: string }> {
    const project = await requireProject(this.db, projectId, userId);
    const outline = buildOutline(await listTasks(this.db, project.workspace_id, project.id));
    const input = await loadProjectInput(this.db, project, outline);
    const result = outline.length > 0 ? schedule(input) : undefined;
    const fileName = `${project.name.replace(/[^\w.-]+/g, '_').slice(0, 100) || 'project'}.xml`;
    return { fileName, xml: writeMspdi(input, result) };
  }
}

/** The file's resources (with their dated rows) and assignments, in chunks. */
async function insertResourcing(trx: Kysely<Database>, rows: ImportRows): Promise<void> {
  const chunks = <T>(list: readonly T[]) =>
    Array.from({ length: Math.ceil(list.length / TASK_INSERT_CHUNK) }, (_, i) =>
      list.slice(i * TASK_INSERT_CHUNK, (i + 1) * TASK_INSERT_CHUNK),
    );
  for (const chunk of chunks(rows.resources)) await trx.insertInto('resources').values(chunk).execute();
  for (const chunk of chunks(rows.availability))
    await trx.insertInto('resource_availability').values(chunk).execute();
  for (const chunk of chunks(rows.rates)) await trx.insertInto('resource_rates').values(chunk).execute();
  for (const chunk of chunks(rows.assignments)) await trx.insertInto('assignments').values(chunk).execute();
}

/** Leaf, automatically scheduled tasks with stored dates: how many Tandem placed where the file did. */
function compareWithFile(
  rows: readonly TaskRow[],
  fileIds: ReadonlyMap<string, string>,
  document: ReturnType<typeof readMspdiForImport>['document'],
): { datesMatchingFile: number; datesCompared: number } {
  const manual = new Set(document.project.tasks.filter((t) => t.manual).map((t) => t.id));
  let datesCompared = 0;
  let datesMatchingFile = 0;
  for (const row of rows) {
    const fileId = fileIds.get(row.id);
    const stored = fileId === undefined ? undefined : document.stored.get(fileId);
    if (!fileId || !stored || stored.summary || stored.manual || manual.has(fileId)) continue;
    if (stored.start === undefined || stored.finish === undefined) continue;
    datesCompared += 1;
    if (row.start === formatStored(stored.start) && row.finish === formatStored(stored.finish))
      datesMatchingFile += 1;
  }
  return { datesMatchingFile, datesCompared };
}

function formatStored(value: number): string {
  return new Date(value * 60000).toISOString().slice(0, 19);
}
