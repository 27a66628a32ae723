import type { MarketTrend } from '@tandem/api';

export type TrendImpact = MarketTrend['impact'];

/** Impact levels, highest first, with their colours. */
export const IMPACTS: readonly { value: TrendImpact; label: string; color: string }[] = [
  { value: 'high', label: 'High', color: 'red' },
  { value: 'medium', label: 'Medium', color: 'yellow' },
  { value: 'low', label: 'Low', color: 'gray' },
];

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A month of the log: its key (`YYYY-MM`), its heading, and its trends in the order given. */
export interface TrendMonth {
  readonly month: string;
  readonly label: string;
  readonly trends: readonly MarketTrend[];
}

/**
 * The log as read: trends with the given impact (all when null), under a heading per month they
 * were observed in, months in the order they first appear (the server sends newest first).
 */
export function trendMonths(trends: readonly MarketTrend[], impact: TrendImpact | null): TrendMonth[] {
  const months = new Map<string, MarketTrend[]>();
  for (const trend of trends) {
    if (impact !== null && trend.impact !== impact) continue;
    const month = trend.observedOn.slice(0, 7);
    const list = months.get(month);
    if (list) list.push(trend);
    else months.set(month, [trend]);
  }
  return [...months].map(([month, list]) => ({
    month,
    label: monthName.format(new Date(`${month}-01T00:00:00Z`)),
    trends: list,
  }));
}

/** How many trends there are of each impact, for the filter's labels. */
export function impactCounts(trends: readonly MarketTrend[]): Record<TrendImpact, number> {
  const counts: Record<TrendImpact, number> = { high: 0, medium: 0, low: 0 };
  for (const trend of trends) counts[trend.impact] += 1;
  return counts;
}
