import { createHash } from 'node:crypto';
import type { LevelingOptions, ProjectInput } from '@tandem/engine';
import { EngineInputError, type EngineWorkerPool, engineWorkers } from '../engine-worker/engine-worker-pool';
import type { LinkedPlan } from './capacity-forecast';

/** What the Level button of the workload view sends: standard order, earlier delays cleared. */
const LEVEL_BUTTON: LevelingOptions = { order: 'standard', withinSlack: false, clearExisting: true };

/**
 * Tasks × schedules one what-if may decode. It runs for a read request (any viewer can ask), on a
 * worker, yet takes a core while it runs, so its search is bounded: the Level button's 2,000
 * schedules up to 100 tasks, fewer above (about 200 at 1,000 tasks, 40 at 5,000), one pass in the
 * standard order at the least. A smaller search can only give a later (more cautious) date than
 * pressing Level would.
 */
const WHAT_IF_WORK = 200_000;

/** The search budget of a what-if levelling of `taskCount` tasks. */
export function whatIfSchedules(taskCount: number): number {
  return Math.max(1, Math.min(2000, Math.floor(WHAT_IF_WORK / Math.max(1, taskCount))));
}

/** A what-if levelling that runs longer is given up (the stored schedule answers instead). */
const WHAT_IF_TIMEOUT_MS = 30_000;

/**
 * Levelled plans by project id and a digest of the plan levelled. The engine's levelling is
 * deterministic (fixed seed) but costs up to a few hundred ms, and people ask "what ships by…"
 * again and again: an unchanged plan is not levelled twice, and two requests asking at once share
 * one levelling. Any change to the plan (tasks, links, resources, calendars, assignments) changes
 * the digest.
 */
const cache = new Map<string, Promise<LinkedPlan | null>>();
const CACHE_SIZE = 64;

/**
 * A what-if levelling of a project's current plan, as the Level button would level it, nothing
 * saved: each task's levelled finish and the project's. It runs on an engine worker, so other
 * requests are answered meanwhile. Null when none of its assignments is of a work resource
 * (levelling would move nothing) or when the engine cannot level the plan (a cycle, bad data, a
 * worker that failed or ran too long), for the caller to fall back to the stored schedule.
 */
export function levelInMemory(
  projectId: string,
  input: ProjectInput,
  workers: EngineWorkerPool = engineWorkers,
): Promise<LinkedPlan | null> {
  const work = new Set((input.resources ?? []).filter((r) => r.type === 'work').map((r) => r.id));
  if (!(input.assignments ?? []).some((a) => work.has(a.resourceId))) return Promise.resolve(null);
  const key = `${projectId}:${createHash('sha256').update(JSON.stringify(input)).digest('base64url')}`;
  const hit = cache.get(key);
  if (hit) {
    // most recently used last: the first key is the one to evict
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const plan = level(key, input, workers);
  cache.set(key, plan);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return plan;
}

async function level(
  key: string,
  input: ProjectInput,
  workers: EngineWorkerPool,
): Promise<LinkedPlan | null> {
  try {
    const levelled = await workers.run(
      {
        kind: 'level',
        project: input,
        options: { ...LEVEL_BUTTON, schedules: whatIfSchedules(input.tasks.length) },
      },
      WHAT_IF_TIMEOUT_MS,
    );
    return { basis: 'levelled', taskFinish: levelled.taskFinish, finish: levelled.finish };
  } catch (error) {
    // the engine refusing this plan is an answer worth keeping; a worker that failed is not
    if (!(error instanceof EngineInputError)) cache.delete(key);
    return null;
  }
}
