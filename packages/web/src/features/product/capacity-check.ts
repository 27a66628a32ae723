import type { CapacityCheck } from '@tandem/api';

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
