import { formatDateTime, type ScheduledTask } from '@tandem/engine';

/**
 * What the engine derives about a task besides its dates, for the Gantt and the task sheet. Not
 * stored (migration 0010): it is computed with every schedule and kept with the cached plan.
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

/** The analysis of a scheduled task, or `held` itself when that already says the same. */
export function analysisOf(scheduled: ScheduledTask, held?: TaskAnalysis): TaskAnalysis {
  const critical = scheduled.critical;
  const totalSlack = Math.round(scheduled.totalSlack);
  const freeSlack = Math.round(scheduled.freeSlack);
  const lateStart = formatRemembered(scheduled.lateStart);
  const lateFinish = formatRemembered(scheduled.lateFinish);
  if (
    held &&
    held.critical === critical &&
    held.totalSlack === totalSlack &&
    held.freeSlack === freeSlack &&
    held.lateStart === lateStart &&
    held.lateFinish === lateFinish
  ) {
    return held;
  }
  return { critical, totalSlack, freeSlack, lateStart, lateFinish };
}
