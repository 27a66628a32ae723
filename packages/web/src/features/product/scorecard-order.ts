/**
 * The criterion ids with the one at `index` moved `delta` places (−1 up, +1 down). Answers null
 * when the move would leave the list (the first cannot go up, the last cannot go down).
 */
export function moveCriterion(ids: readonly string[], index: number, delta: -1 | 1): string[] | null {
  const target = index + delta;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return null;
  const next = [...ids];
  const [moved] = next.splice(index, 1);
  if (moved === undefined) return null;
  next.splice(target, 0, moved);
  return next;
}

/** A weight as typed: a positive number with at most three decimals, else the reason it is not. */
export function checkWeight(value: number | null): string | null {
  if (value === null) return 'Give a weight';
  if (!Number.isFinite(value) || value <= 0) return 'Must be above 0';
  if (value > 1_000) return 'At most 1,000';
  if (Math.abs(value * 1_000 - Math.round(value * 1_000)) > 1e-6) return 'At most 3 decimals';
  return null;
}

/** Each criterion's share of the total weight, in % (what a weight means next to the others). */
export function weightShares(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => (total > 0 ? (100 * w) / total : 0));
}
