import { DEFAULT_PROJECT_CALENDAR, type ProjectStatus } from '@tandem/api';
import { dayOfWeek, formatDateTime, parseDateTime, startOfDay } from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { insertLinks, type LinkRow } from '../links/links.repository';
import { insertProject, stampProjectPlan } from '../projects/projects.repository';
import type { ProjectScheduler } from '../scheduling/project-schedule.service';
import { insertTask, listTasks, type NewTaskRow } from '../tasks/tasks.repository';
import type { PlanTask } from './plan-outline';

export interface DemoProject {
  readonly name: string;
  readonly description: string;
  readonly status: ProjectStatus;
  /** Floating `YYYY-MM-DDTHH:MM:SS`. */
  readonly start: string;
  readonly tasks: readonly PlanTask[];
}

export interface InsertedPlan {
  readonly projectId: string;
  readonly taskCount: number;
  readonly linkCount: number;
  /** Each task's id by its plan key. */
  readonly taskIds: ReadonlyMap<string, string>;
  /** Whether the scheduler computed the dates (false while the engine has no scheduler). */
  readonly scheduled: boolean;
}

/**
 * Writes one demo project with its tasks and links through the repositories, then lets the
 * scheduling service compute every date, inside the caller's transaction. Until the scheduler
 * runs, each task carries the project start as a placeholder.
 */
export async function insertPlan(
  trx: Kysely<Database>,
  scheduler: ProjectScheduler,
  workspaceId: string,
  plan: DemoProject,
): Promise<InsertedPlan> {
  const now = nowUtc();
  const projectId = newId();
  await insertProject(trx, {
    workspace_id: workspaceId,
    id: projectId,
    name: plan.name,
    description: plan.description,
    start: plan.start,
    finish: null,
    status: plan.status,
    calendar: JSON.stringify(DEFAULT_PROJECT_CALENDAR),
    version: 1,
    created_at: now,
    updated_at: now,
  });

  const ids = new Map(plan.tasks.map((task) => [task.key, newId()]));
  const idOf = (key: string): string => {
    const id = ids.get(key);
    if (!id) throw new Error(`demo plan "${plan.name}": unknown task key "${key}"`);
    return id;
  };
  // parents come before their children in outline order, as the parent foreign key needs
  for (const task of plan.tasks) {
    const row: NewTaskRow = {
      workspace_id: workspaceId,
      id: idOf(task.key),
      project_id: projectId,
      parent_id: task.parentKey === null ? null : idOf(task.parentKey),
      position: task.order,
      name: task.name,
      duration: task.summary ? 0 : task.duration.minutes,
      duration_unit: task.duration.unit,
      start: plan.start,
      finish: plan.start,
      milestone: task.milestone ? 1 : 0,
      percent_complete: 0,
      constraint_type: 'ASAP',
      constraint_date: null,
      deadline: null,
      notes: '',
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await insertTask(trx, row);
  }

  const links: LinkRow[] = plan.tasks.flatMap((task) =>
    task.predecessors.map((link) => ({
      workspace_id: workspaceId,
      id: newId(),
      project_id: projectId,
      predecessor_id: idOf(link.predecessorKey),
      successor_id: idOf(task.key),
      type: link.type,
      lag: link.lag.minutes,
      lag_unit: link.lag.unit,
      version: 1,
      created_at: now,
      updated_at: now,
    })),
  );
  await insertLinks(trx, links);
  const report = await scheduler.reschedule(trx, workspaceId, projectId);
  return {
    projectId,
    taskCount: plan.tasks.length,
    linkCount: links.length,
    taskIds: ids,
    scheduled: report.scheduled,
  };
}

/**
 * Marks the work that the schedule puts before `now` as done (100 %) or under way (elapsed share,
 * in steps of 5 %), so the demo reads like a live project. Leaf tasks only: summaries roll up.
 */
export async function recordProgressUntil(
  trx: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  now: string,
): Promise<number> {
  const tasks = await listTasks(trx, workspaceId, projectId);
  const parents = new Set(tasks.map((task) => task.parent_id).filter((id) => id !== null));
  const nowMinutes = parseDateTime(now);
  let updated = 0;
  for (const task of tasks) {
    if (parents.has(task.id)) continue;
    const start = parseDateTime(task.start);
    const finish = parseDateTime(task.finish);
    if (start >= nowMinutes) continue;
    const share = finish <= nowMinutes ? 100 : Math.floor(((nowMinutes - start) / (finish - start)) * 20) * 5;
    if (share === 0) continue;
    await trx
      .updateTable('tasks')
      .set({ percent_complete: share })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', task.id)
      .execute();
    updated += 1;
  }
  // task rows changed without a reschedule: a new plan stamp tells cached schedulers
  if (updated > 0) await stampProjectPlan(trx, workspaceId, projectId, newId());
  return updated;
}

/** Monday 08:00 of the week that holds `instant` (floating, read in UTC). */
export function mondayOfWeek(instant: Date): string {
  const today = startOfDay(parseDateTime(instant.toISOString()));
  return formatDateTime(today - ((dayOfWeek(today) + 6) % 7) * 1440 + 480);
}
