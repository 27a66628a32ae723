import type { ScopePreview } from '@tandem/api';

/** The features to add to and take out of a release, from its current and chosen feature ids. */
export function scopeChange(
  current: readonly string[],
  chosen: readonly string[],
): { add: string[]; remove: string[] } {
  const before = new Set(current);
  const after = new Set(chosen);
  return {
    add: chosen.filter((id) => !before.has(id)),
    remove: current.filter((id) => !after.has(id)),
  };
}

/** "+3 d" / "−2 d" / "no change" for a shift in calendar minutes; "unknown" when either date is missing. */
export function describeShift(minutes: number | null): string {
  if (minutes === null) return 'unknown';
  if (minutes === 0) return 'no change';
  const days = Math.round((minutes / 1440) * 10) / 10;
  if (days === 0) return minutes > 0 ? `+${minutes} min` : `−${-minutes} min`;
  return days > 0 ? `+${days} d` : `−${-days} d`;
}

/** Minor units as money, e.g. 123456 → "1,234.56". */
export function formatMinor(minor: number): string {
  return new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    minor / 100,
  );
}

/**
 * One line per figure the preview changes, for the confirmation before saving: the release date,
 * the cost at completion, and the goals the release starts or stops serving (`goalTitle` names
 * a goal id; an unknown id is shown as "a goal").
 */
export function previewLines(
  preview: ScopePreview,
  formatDate: (value: string | null) => string,
  goalTitle: (goalId: string) => string | undefined = () => undefined,
): string[] {
  const sign = preview.costDeltaMinor > 0 ? '+' : preview.costDeltaMinor < 0 ? '−' : '±';
  const goals = (ids: readonly string[]) => ids.map((id) => goalTitle(id) ?? 'a goal').join(', ');
  const lines = [
    `Release date: ${formatDate(preview.before.releaseFinish)} → ${formatDate(preview.after.releaseFinish)} (${describeShift(preview.releaseFinishShiftMinutes)})`,
    `Cost at completion: ${formatMinor(preview.before.costAtCompletionMinor)} → ${formatMinor(preview.after.costAtCompletionMinor)} (${sign}${formatMinor(Math.abs(preview.costDeltaMinor))})`,
  ];
  if (preview.goalsGained.length > 0) lines.push(`Goals gaining coverage: ${goals(preview.goalsGained)}`);
  if (preview.goalsLost.length > 0) lines.push(`Goals losing coverage: ${goals(preview.goalsLost)}`);
  if (preview.goalsGained.length + preview.goalsLost.length === 0) lines.push('Goals covered: no change');
  return lines;
}
