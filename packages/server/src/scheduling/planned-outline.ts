import type { ScheduleResult } from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { readSnapshot } from '../db/read-snapshot';
import { findProject } from '../projects/projects.repository';
import type { StoredOutline } from '../tasks/rescheduled-tasks';
import { buildOutline } from '../tasks/task-outline';
import { listTasks } from '../tasks/tasks.repository';
import { loadProjectInput } from './project-input-load';
import type { ScheduleFunction } from './project-schedule.service';
import { withAnalysis } from './schedule-writes';
import type { SchedulerCache } from './scheduler-cache';
import { holdStoredPlan } from './stored-plan-load';

/** Where a planned outline comes from: the asking ProjectScheduler's cache and scheduler. */
export interface PlanSource {
  /** The process's plans (null: a stand-in scheduler, nothing is cached). */
  readonly cache: SchedulerCache | null;
  /** What computes the analysis (null: nothing, tasks sit at their own dates). */
  readonly schedule: ScheduleFunction | null;
}

/** Loads in flight per cache and project id: concurrent misses of one plan load it once. */
const loading = new WeakMap<SchedulerCache, Map<string, Promise<StoredOutline>>>();

/**
 * The project's outline with each task's analysis (see ProjectScheduler.plannedOutline), read
 * from one snapshot: the cached plan under the stored stamp, else the plan as stored, loaded and
 * cached (as the plan warmer does), so the reads after another process's edit load it once. A
 * plan that cannot be cached (stored dates the engine no longer computes, a plan it refuses, no
 * plan stamp) and any plan read inside a transaction (a write answering 409) has its stored rows
 * scheduled for this answer only.
 */
export async function readPlannedOutline(
  source: PlanSource,
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<StoredOutline> {
  const { cache } = source;
  if (db.isTransaction || !cache) return plannedIn(source, db, workspaceId, projectId, false);
  let inFlight = loading.get(cache);
  if (!inFlight) {
    inFlight = new Map();
    loading.set(cache, inFlight);
  }
  const running = inFlight.get(projectId);
  if (running) await running.catch(() => undefined);
  const load = readSnapshot(db, (trx) => plannedIn(source, trx, workspaceId, projectId, true));
  inFlight.set(projectId, load);
  try {
    return await load;
  } finally {
    if (inFlight.get(projectId) === load) inFlight.delete(projectId);
  }
}

/**
 * readPlannedOutline's work in `db`, one snapshot; a plan loaded is cached when `cacheable` (a
 * read-only snapshot of its own: a write's transaction may have written rows the stamp lacks).
 */
async function plannedIn(
  { cache, schedule }: PlanSource,
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
  cacheable: boolean,
): Promise<StoredOutline> {
  const project = await findProject(db, workspaceId, projectId);
  if (!project) return { outline: [] };
  // lent: the caller presents it after this promise settles, when an edit may have taken the plan
  const held =
    cache && cacheable
      ? await holdStoredPlan(cache, db, project, true)
      : cache?.lend(projectId, project.plan_stamp);
  if (held && typeof held !== 'string') return held;
  const outline = buildOutline(await listTasks(db, workspaceId, projectId));
  if (!schedule || outline.length === 0) return { outline };
  let result: ScheduleResult;
  try {
    result = schedule(await loadProjectInput(db, project, outline));
  } catch {
    return { outline };
  }
  return { outline: withAnalysis(outline, result.tasks) };
}
