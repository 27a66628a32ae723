/**
 * Progress of a key result, 0 to 1: how far `current` has come from `baseline` towards `target`,
 * (current − baseline) / (target − baseline), clamped (overshooting counts as done, going backwards
 * as not started). Works for targets below the baseline too (reduce churn from 8 % to 5 %).
 * @throws RangeError when target equals baseline (no distance to cover).
 */
export function keyResultProgress(kr: { baseline: number; target: number; current: number }): number {
  const span = kr.target - kr.baseline;
  if (span === 0) throw new RangeError('target must differ from baseline');
  return Math.min(1, Math.max(0, (kr.current - kr.baseline) / span));
}

/** An objective's progress: the mean of its key results' progress; null without key results. */
export function objectiveProgress(progress: readonly number[]): number | null {
  if (progress.length === 0) return null;
  return progress.reduce((sum, p) => sum + p, 0) / progress.length;
}
