import { parseDateTime } from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { findProject, type ProjectRow } from '../projects/projects.repository';
import { loadProjectInput } from '../scheduling/project-schedule.service';
import { buildOutline } from '../tasks/task-outline';
import { listTasks, type TaskRow } from '../tasks/tasks.repository';
import type { LinkedPlan } from './capacity-forecast';
import { levelInMemory } from './what-if-levelling';

/**
 * The plan of each project that ranked features link to, read once per project: levelled in
 * memory (the Level button's levelling, nothing saved) when the project has work-resource
 * assignments, else, or when the engine refuses to level it, the stored CPM schedule (which
 * carries any levelling delays saved by pressing Level). Projects not in the workspace are left
 * out. Reads only.
 */
export async function loadLinkedPlans(
  db: Kysely<Database>,
  workspaceId: string,
  projectIds: Iterable<string>,
): Promise<Map<string, LinkedPlan>> {
  const plans = new Map<string, LinkedPlan>();
  for (const projectId of new Set(projectIds)) {
    const project = await findProject(db, workspaceId, projectId);
    if (!project) continue;
    const tasks = await listTasks(db, workspaceId, projectId);
    const levelled = (await hasAssignments(db, workspaceId, projectId))
      ? await levelInMemory(projectId, await loadProjectInput(db, project, buildOutline(tasks)))
      : null;
    plans.set(projectId, levelled ?? storedPlan(project, tasks));
  }
  return plans;
}

async function hasAssignments(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('assignments')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The stored (engine-computed) dates, as the rescheduler wrote them. */
function storedPlan(project: ProjectRow, tasks: readonly TaskRow[]): LinkedPlan {
  return {
    basis: 'cpm',
    taskFinish: new Map(tasks.map((task) => [task.id, parseDateTime(task.finish)])),
    finish: project.finish === null ? null : parseDateTime(project.finish),
  };
}
