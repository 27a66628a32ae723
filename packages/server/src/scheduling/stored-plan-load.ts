import { createScheduler, formatDateTime } from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { findProject, type ProjectRow } from '../projects/projects.repository';
import { buildOutline } from '../tasks/task-outline';
import { listTasks } from '../tasks/tasks.repository';
import { cachedPlan } from './cached-plan-entries';
import { PlanStrings } from './plan-strings';
import { loadProjectInput } from './project-input-load';
import { scheduleChange, withAnalysis } from './schedule-writes';
import { CACHED_SCHEDULER, type CachedPlan, type SchedulerCache } from './scheduler-cache';

/** Why a stored plan was not made a cache entry. */
export type StoredPlanMiss =
  /** The project is gone (or in another workspace). */
  | 'absent'
  /** Never rescheduled (no `plan_stamp`) or without tasks: nothing to trust or to hold. */
  | 'unstamped'
  /** The stored dates differ from what the engine computes now: the next write reschedules fully. */
  | 'stale'
  /** The engine refuses the plan as stored (the next write reports it). */
  | 'unschedulable';

/**
 * A project's plan as stored, made a scheduler cache entry without writing anything: its rows in
 * outline order, and an incremental scheduler fed the stored project. `db` must read one snapshot
 * (a transaction: repeatable read on PostgreSQL) so the rows are those of the `plan_stamp` read.
 * The entry is offered only when every stored schedule equals what the engine computes from the
 * stored input (the invariant every reschedule keeps), since an incremental edit later compares
 * only the tasks it moved; its entries hold the engine's analysis of each task.
 */
export async function loadStoredPlan(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  /** The project's row as `db` reads it, when the caller has read it already. */
  read?: ProjectRow,
): Promise<CachedPlan | StoredPlanMiss> {
  const project = read ?? (await findProject(db, workspaceId, projectId));
  if (!project) return 'absent';
  if (project.plan_stamp === null) return 'unstamped';
  const strings = new PlanStrings();
  const outline = buildOutline(strings.taskRows(await listTasks(db, workspaceId, projectId)));
  if (outline.length === 0) return 'unstamped';
  const input = await loadProjectInput(db, project, outline, strings);
  let scheduler: CachedPlan['scheduler'];
  try {
    scheduler = createScheduler(input, CACHED_SCHEDULER);
  } catch {
    return 'unschedulable';
  }
  const result = scheduler.result();
  if (formatDateTime(result.finish) !== project.finish) return 'stale';
  for (let index = 0; index < outline.length; index++) {
    if (scheduleChange(outline[index], result.tasks[index])?.stored) return 'stale';
  }
  return cachedPlan(project.plan_stamp, scheduler, withAnalysis(outline, result.tasks), result.tasks);
}

/**
 * The plan `cache` holds for `project` under its stored stamp, else the plan as stored, loaded
 * from `db` and put in the cache; the miss when it cannot be held. `db` must be one snapshot that
 * has written nothing (a read-only transaction, or a write's before its first write), so the rows
 * are those of the stamp the entry is put under. With `lend`, the plan is lent (SchedulerCache.lend)
 * as it is found or put, before any edit can take it: for a caller that reads its outline later.
 */
export async function holdStoredPlan(
  cache: SchedulerCache,
  db: Kysely<Database>,
  project: ProjectRow,
  lend = false,
): Promise<CachedPlan | StoredPlanMiss> {
  const held = lend ? cache.lend(project.id, project.plan_stamp) : cache.peek(project.id, project.plan_stamp);
  if (held) return held;
  const plan = await loadStoredPlan(db, project.workspace_id, project.id, project);
  if (typeof plan !== 'string') {
    plan.lent = lend;
    cache.put(project.id, plan);
  }
  return plan;
}
