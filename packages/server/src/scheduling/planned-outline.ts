import type { ScheduleResult } from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { findProject } from '../projects/projects.repository';
import type { StoredOutline } from '../tasks/rescheduled-tasks';
import { buildOutline } from '../tasks/task-outline';
import { listTasks } from '../tasks/tasks.repository';
import { loadProjectInput } from './project-input-load';
import type { ScheduleFunction } from './project-schedule.service';
import { withAnalysis } from './schedule-writes';
import type { SchedulerCache } from './scheduler-cache';
import { loadStoredPlan } from './stored-plan-load';

/** Where a planned outline comes from: the asking ProjectScheduler's cache and scheduler. */
export interface PlanSource {
  /** The process's plans (null: a stand-in scheduler, nothing is cached). */
  readonly cache: SchedulerCache | null;
  /** What computes the analysis (null: nothing, tasks sit at their own dates). */
  readonly schedule: ScheduleFunction | null;
}

/** Loads in flight per cache and project id: concurrent misses of one plan load it once. */
const loading = new WeakMap<SchedulerCache, Map<string, Promise<StoredOutline | undefined>>>();

/**
 * The project's outline with each task's analysis (see ProjectScheduler.plannedOutline). Outside a
 * transaction a plan missing from the cache is loaded from one read-only snapshot and cached, as
 * the plan warmer does, so the reads after another process's edit load it once. Inside one (a
 * write answering 409) and for plans that cannot be cached (stored dates the engine no longer
 * computes, a plan it refuses), the stored rows are scheduled for this answer only.
 */
export async function readPlannedOutline(
  source: PlanSource,
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<StoredOutline> {
  const { cache } = source;
  if (cache && !db.isTransaction) {
    const cached = await loadCached(cache, db, workspaceId, projectId);
    if (cached) return cached;
  }
  const project = await findProject(db, workspaceId, projectId);
  if (!project) return { outline: [] };
  const held = cache?.peek(projectId, project.plan_stamp);
  if (held) return held;
  const outline = buildOutline(await listTasks(db, workspaceId, projectId));
  if (!source.schedule || outline.length === 0) return { outline };
  let result: ScheduleResult;
  try {
    result = source.schedule(await loadProjectInput(db, project, outline));
  } catch {
    return { outline };
  }
  return { outline: withAnalysis(outline, result.tasks) };
}

/** The plan as stored, from the cache or loaded into it; undefined when it cannot be cached. */
async function loadCached(
  cache: SchedulerCache,
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<StoredOutline | undefined> {
  let inFlight = loading.get(cache);
  if (!inFlight) {
    inFlight = new Map();
    loading.set(cache, inFlight);
  }
  const running = inFlight.get(projectId);
  if (running) await running.catch(() => undefined);
  const load = db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const project = await findProject(trx, workspaceId, projectId);
      if (!project) return undefined;
      const held = cache.peek(projectId, project.plan_stamp);
      if (held) return held;
      const plan = await loadStoredPlan(trx, workspaceId, projectId, project);
      if (typeof plan === 'string') return undefined;
      // held in the snapshot's transaction: a write committed since carries a newer stamp
      cache.put(projectId, plan);
      return plan;
    });
  inFlight.set(projectId, load);
  try {
    return await load;
  } finally {
    if (inFlight.get(projectId) === load) inFlight.delete(projectId);
  }
}
