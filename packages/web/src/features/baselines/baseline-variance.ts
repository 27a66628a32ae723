import type { BaselineComparisonItem } from '@tandem/api';

/**
 * Working days of a variance the server gives in working minutes, with the project's
 * minutes per day; rounded to hundredths so that a few minutes never show as noise.
 */
export function varianceDays(minutes: number, minutesPerDay: number): number {
  if (!(minutesPerDay > 0)) throw new RangeError(`minutes per day must be positive, got ${minutesPerDay}`);
  const rounded = Math.round((minutes / minutesPerDay) * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** `"+2d"`, `"−1.5d"`, `"0d"`; an em dash when there is nothing to compare. */
export function formatVarianceDays(days: number | null): string {
  if (days === null) return '—';
  if (days === 0) return '0d';
  const magnitude = Math.abs(days);
  const text = Number.isInteger(magnitude) ? String(magnitude) : magnitude.toFixed(2).replace(/0$/, '');
  return `${days > 0 ? '+' : '−'}${text}d`;
}

/** A variance in working minutes as the compare table shows it (`"+2d"`, `"—"` without a baseline). */
export function formatVarianceMinutes(minutes: number | null | undefined, minutesPerDay: number): string {
  return minutes === null || minutes === undefined
    ? '—'
    : formatVarianceDays(varianceDays(minutes, minutesPerDay));
}

/** Counts for the compare table's summary line. */
export interface ComparisonSummary {
  readonly slipped: number;
  readonly notBaselined: number;
  /** Largest finish variance of a slipped task, working minutes (0 when none slipped). */
  readonly worstFinishVariance: number;
  /** The task with that variance, if any slipped. */
  readonly worstTaskId: string | null;
}

/** Summarises a comparison: how many tasks slipped, which slipped most, how many lack the baseline. */
export function summarizeComparison(items: readonly BaselineComparisonItem[]): ComparisonSummary {
  let slipped = 0;
  let notBaselined = 0;
  let worstFinishVariance = 0;
  let worstTaskId: string | null = null;
  for (const item of items) {
    if (!item.baseline) notBaselined++;
    if (!item.slipped) continue;
    slipped++;
    const finish = item.variance?.finish ?? 0;
    if (finish > worstFinishVariance) {
      worstFinishVariance = finish;
      worstTaskId = item.taskId;
    }
  }
  return { slipped, notBaselined, worstFinishVariance, worstTaskId };
}

export type ComparisonFilter = 'all' | 'slipped' | 'changed';

/** The rows a filter keeps: every task, slipped tasks, or tasks with any non-zero variance. */
export function filterComparison(
  items: readonly BaselineComparisonItem[],
  filter: ComparisonFilter,
): readonly BaselineComparisonItem[] {
  if (filter === 'all') return items;
  if (filter === 'slipped') return items.filter((item) => item.slipped);
  return items.filter(
    (item) =>
      item.baseline === null ||
      (item.variance !== null &&
        (item.variance.start !== 0 || item.variance.finish !== 0 || item.variance.duration !== 0)),
  );
}
