import type { CapacityCheck } from '@tandem/api';
import { formatDate } from '../../lib/format';

export const VERDICT_LABELS: Readonly<Record<CapacityCheck['items'][number]['verdict'], string>> = {
  fits: 'Fits',
  'scheduled-in-time': 'Scheduled in time',
  'scheduled-late': 'Scheduled late',
  'over-capacity': 'Over capacity',
  'below-cut': 'Below the cut',
  'no-estimate': 'No estimate',
};

/** Person-minutes as person-days of 8 h, one decimal: 7200 → "15 d". */
export function formatPersonDays(minutes: number | null): string {
  if (minutes === null || !Number.isFinite(minutes)) return '—';
  const days = Math.round((minutes / 480) * 10) / 10;
  return `${new Intl.NumberFormat('en-GB').format(days)} d`;
}

/** The rows above the cut line and those below it (the cut index is the first that does not ship). */
export function splitAtCut(check: CapacityCheck): {
  above: CapacityCheck['items'];
  below: CapacityCheck['items'];
} {
  const cut = Math.max(0, Math.min(check.cutIndex, check.items.length));
  return { above: check.items.slice(0, cut), below: check.items.slice(cut) };
}

type CapacityItem = CapacityCheck['items'][number];

/** What each forecast basis means, for the badge's tooltip. */
export const FORECAST_BASIS_HINTS: Readonly<Record<NonNullable<CapacityItem['forecastBasis']>, string>> = {
  levelled: 'From the linked project levelled for this check (as Level would, nothing saved)',
  cpm: 'From the linked project’s current schedule (not levelled: no one assigned, or it cannot be levelled)',
};

/**
 * The forecast cell of a row: the linked work's finish date and, when it comes from a what-if
 * levelling, a "levelled" badge; an em dash for a feature not linked to scheduled work.
 */
export function describeForecast(item: Pick<CapacityItem, 'forecastFinish' | 'forecastBasis'>): {
  date: string;
  badge: string | null;
  hint: string | null;
} {
  if (item.forecastFinish === null || item.forecastBasis === null)
    return { date: '—', badge: null, hint: null };
  return {
    date: formatDate(item.forecastFinish),
    badge: item.forecastBasis === 'levelled' ? 'levelled' : null,
    hint: FORECAST_BASIS_HINTS[item.forecastBasis],
  };
}
