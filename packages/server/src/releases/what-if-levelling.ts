import { createHash } from 'node:crypto';
import { type LevelingOptions, levelProject, type ProjectInput, type ScheduleResult } from '@tandem/engine';
import type { LinkedPlan } from './capacity-forecast';

/** What the Level button of the workload view sends: standard order, earlier delays cleared. */
const LEVEL_BUTTON: LevelingOptions = { order: 'standard', withinSlack: false, clearExisting: true };

/**
 * Tasks × schedules one what-if may decode. It runs inside a read request (any viewer can ask),
 * so its search is bounded: the Level button's 2,000 schedules up to 100 tasks, fewer above (about
 * 200 at 1,000 tasks, 40 at 5,000), one pass in the standard order at the least. A smaller search
 * can only give a later (more cautious) date than pressing Level would.
 */
const WHAT_IF_WORK = 200_000;

/** The search budget of a what-if levelling of `taskCount` tasks. */
export function whatIfSchedules(taskCount: number): number {
  return Math.max(1, Math.min(2000, Math.floor(WHAT_IF_WORK / Math.max(1, taskCount))));
}

/**
 * Levelled plans by project id and a digest of the plan levelled. The engine's levelling is
 * deterministic (fixed seed) but costs seconds on large plans (2,000 schedules take about 2 s at 1,000 tasks), and
 * people ask "what ships by…" again and again: an unchanged plan is not levelled twice. Any change
 * to the plan (tasks, links, resources, calendars, assignments) changes the digest.
 */
const cache = new Map<string, LinkedPlan | null>();
const CACHE_SIZE = 64;

/**
 * A what-if levelling of a project's current plan, as the Level button would level it, nothing
 * saved: each task's levelled finish and the project's. Null when none of its assignments is of a
 * work resource (levelling would move nothing) or when the engine cannot level the plan (a cycle,
 * bad data), for the caller to fall back to the stored schedule.
 */
export function levelInMemory(projectId: string, input: ProjectInput): LinkedPlan | null {
  const work = new Set((input.resources ?? []).filter((r) => r.type === 'work').map((r) => r.id));
  if (!(input.assignments ?? []).some((a) => work.has(a.resourceId))) return null;
  const key = `${projectId}:${createHash('sha256').update(JSON.stringify(input)).digest('base64url')}`;
  if (cache.has(key)) {
    const hit = cache.get(key) ?? null;
    // most recently used last: the first key is the one to evict
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const plan = level(input);
  cache.set(key, plan);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return plan;
}

function level(input: ProjectInput): LinkedPlan | null {
  let levelled: ScheduleResult;
  try {
    levelled = levelProject(input, {
      ...LEVEL_BUTTON,
      schedules: whatIfSchedules(input.tasks.length),
    }).schedule;
  } catch {
    return null;
  }
  return {
    basis: 'levelled',
    taskFinish: new Map(levelled.tasks.map((task) => [task.id, task.finish])),
    finish: levelled.finish,
  };
}
