import { formatDateTime, type ScheduledTask } from '@tandem/engine';

/**
 * What the engine derives about a task besides its dates, for the Gantt and the task sheet. Not
 * stored (migration 0010): it is computed with every schedule and kept with the cached plan.
 * Read-only to everyone but refreshAnalysis, which updates a cached plan's own objects in place.
 */
export interface TaskAnalysis {
  readonly critical: boolean;
  /** Working minutes, rounded. */
  readonly totalSlack: number;
  readonly freeSlack: number;
  /** Floating ISO date-times. */
  readonly lateStart: string;
  readonly lateFinish: string;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Distinct dates remembered across schedules; the map starts over past this many. */
const REMEMBERED_DATES = 100_000;
const rememberedTexts = new Map<number, string>();

/**
 * Floating minutes to ISO text, remembering each value (for the whole process, up to
 * REMEMBERED_DATES of them): plans share few distinct dates, and formatting goes through a Date
 * object per call.
 */
export function formatRemembered(minutes: number): string {
  let text = rememberedTexts.get(minutes);
  if (text === undefined) {
    text = formatDateTime(minutes);
    if (rememberedTexts.size >= REMEMBERED_DATES) rememberedTexts.clear();
    rememberedTexts.set(minutes, text);
  }
  return text;
}

/** Whether `held` says what the engine's `scheduled` does (slack rounded, dates formatted). */
function holdsAnalysis(held: TaskAnalysis, scheduled: ScheduledTask): boolean {
  return (
    held.critical === scheduled.critical &&
    held.totalSlack === Math.round(scheduled.totalSlack) &&
    held.freeSlack === Math.round(scheduled.freeSlack) &&
    held.lateStart === formatRemembered(scheduled.lateStart) &&
    held.lateFinish === formatRemembered(scheduled.lateFinish)
  );
}

/** The analysis of a scheduled task, or `held` itself when that already says the same. */
export function analysisOf(scheduled: ScheduledTask, held?: TaskAnalysis): TaskAnalysis {
  if (held && holdsAnalysis(held, scheduled)) return held;
  return {
    critical: scheduled.critical,
    totalSlack: Math.round(scheduled.totalSlack),
    freeSlack: Math.round(scheduled.freeSlack),
    lateStart: formatRemembered(scheduled.lateStart),
    lateFinish: formatRemembered(scheduled.lateFinish),
  };
}

/**
 * Updates `held` to the analysis of `scheduled`; true when it changed. For the analysis of a
 * cached plan that no reader holds: an edit that moves the project finish changes the analysis of
 * every task, and new objects for all of them (and new outline entries to hold them) were most of
 * what a cached plan added to the old generation per edit under `tandem bench api`.
 */
export function refreshAnalysis(held: TaskAnalysis, scheduled: ScheduledTask): boolean {
  if (holdsAnalysis(held, scheduled)) return false;
  // the fresh object dies young; what the plan keeps is `held`
  Object.assign(held as Writable<TaskAnalysis>, analysisOf(scheduled));
  return true;
}
