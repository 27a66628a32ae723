import type { LifecycleStage, Product } from '@tandem/api';

/** The five stages in the order a product lives through them, with what each means for planning. */
export const LIFECYCLE_STAGES: readonly {
  readonly value: LifecycleStage;
  readonly label: string;
  readonly description: string;
}[] = [
  { value: 'discovery', label: 'Discovery', description: 'Validating the problem and the fit' },
  { value: 'introduction', label: 'Introduction', description: 'First customers, learning fast' },
  { value: 'growth', label: 'Growth', description: 'Scaling adoption and the team' },
  { value: 'maturity', label: 'Maturity', description: 'Defending share, optimising margins' },
  { value: 'decline', label: 'Decline', description: 'Harvesting, sunsetting or reinventing' },
];

export const STAGE_COLOR: Readonly<Record<LifecycleStage, string>> = {
  discovery: 'grape',
  introduction: 'blue',
  growth: 'teal',
  maturity: 'yellow',
  decline: 'gray',
};

export function stageLabel(stage: LifecycleStage): string {
  return LIFECYCLE_STAGES.find((s) => s.value === stage)?.label ?? stage;
}

/** The stage after `stage` in the usual life of a product; null after decline. */
export function nextStage(stage: LifecycleStage): LifecycleStage | null {
  const index = LIFECYCLE_STAGES.findIndex((s) => s.value === stage);
  return LIFECYCLE_STAGES[index + 1]?.value ?? null;
}

/** One stay in a stage: from the date the product entered it until the next change (or today). */
export interface StagePeriod {
  readonly stage: LifecycleStage;
  /** `YYYY-MM-DD` the product entered the stage. */
  readonly from: string;
  /** `YYYY-MM-DD` it left (the next entry's date); null while it is still there. */
  readonly until: string | null;
  /** Calendar days spent in the stage (to today for the current one). */
  readonly days: number;
  readonly changedBy: string | null;
}

const DAY_MS = 86_400_000;

/** Calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) throw new RangeError(`not a date: ${from} or ${to}`);
  return Math.round((end - start) / DAY_MS);
}

/**
 * The product's stays in each stage, oldest first, from its dated history (oldest first, as the
 * server sends it). The last one is the current stage, counted up to `today` (never below 0 days).
 */
export function stagePeriods(history: Product['stageHistory'], today: string): StagePeriod[] {
  return history.map((entry, index) => {
    const next = history[index + 1];
    const until = next ? next.date : null;
    return {
      stage: entry.stage,
      from: entry.date,
      until,
      days: Math.max(0, daysBetween(entry.date, until ?? today)),
      changedBy: entry.changedBy,
    };
  });
}

/** "less than a day", "1 day", "3 weeks", "5 months", "2 years": how long a stay lasted, roughly. */
export function formatStay(days: number): string {
  if (days <= 0) return 'less than a day';
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (days < 14) return plural(days, 'day');
  if (days < 60) return plural(Math.round(days / 7), 'week');
  if (days < 730) return plural(Math.round(days / 30.44), 'month');
  return plural(Math.round(days / 365.25), 'year');
}

/**
 * Why a stage change cannot be sent, or null when it can: the stage must differ from the current
 * one, and the date must be a real day, not before the last change (the server refuses that too)
 * and not after `today` (the history records what happened).
 */
export function stageChangeProblem(
  product: Pick<Product, 'lifecycleStage' | 'stageHistory'>,
  stage: LifecycleStage,
  date: string,
  today: string,
): { readonly field: 'stage' | 'date'; readonly message: string } | null {
  if (stage === product.lifecycleStage)
    return { field: 'stage', message: `The product is already in ${stageLabel(stage)}` };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    return { field: 'date', message: 'Enter the date of the change' };
  const last = product.stageHistory.at(-1);
  if (last && date < last.date)
    return { field: 'date', message: `Must be on or after the last change (${last.date})` };
  if (date > today) return { field: 'date', message: 'Cannot be in the future' };
  return null;
}
