import { requireNumber, ScoreInputError } from './score-error';

/** One criterion of a weighted scorecard: a weight, and whether a higher score is better. */
export interface ScorecardCriterion {
  readonly id: string;
  readonly name: string;
  /** ≥ 0; weights are relative (normalised by their sum). */
  readonly weight: number;
  /** `cost` criteria (effort, risk) count against the total: their score is subtracted. */
  readonly direction?: 'benefit' | 'cost';
}

/**
 * Weighted scorecard total = Σ wᵢ·sᵢ / Σ wᵢ over the criteria (cost criteria enter with −sᵢ), on the
 * scale of the scores themselves. Every criterion needs a score; the error names the missing one.
 */
export function scorecardScore(
  criteria: readonly ScorecardCriterion[],
  scores: Readonly<Record<string, number | null | undefined>>,
): number {
  if (criteria.length === 0) throw new ScoreInputError('criteria', 'must not be empty');
  let weighted = 0;
  let totalWeight = 0;
  for (const criterion of criteria) {
    const weight = requireNumber(criterion.weight, `criteria.${criterion.id}.weight`, { min: 0 });
    const score = requireNumber(scores[criterion.id], `scores.${criterion.id}`, {
      min: Number.NEGATIVE_INFINITY,
    });
    weighted += weight * (criterion.direction === 'cost' ? -score : score);
    totalWeight += weight;
  }
  if (totalWeight === 0) throw new ScoreInputError('criteria', 'need at least one weight above 0');
  return weighted / totalWeight;
}

/** Value over effort (the 2×2's ratio); both ≥ 0, effort > 0. */
export function valueEffortRatio(
  value: number | null | undefined,
  effort: number | null | undefined,
): number {
  return (
    requireNumber(value, 'value', { min: 0 }) /
    requireNumber(effort, 'effort', { min: 0, exclusiveMin: true })
  );
}

export type ValueEffortQuadrant = 'quick-win' | 'big-bet' | 'fill-in' | 'money-pit';

/**
 * The value/effort 2×2: high value and low effort is a quick win, high value and high effort a big
 * bet, low value and low effort a fill-in, low value and high effort a money pit. "High" means at
 * or above the threshold (by default the scale's midpoint, given by the caller).
 */
export function valueEffortQuadrant(
  value: number,
  effort: number,
  thresholds: { readonly value: number; readonly effort: number },
): ValueEffortQuadrant {
  const highValue = value >= thresholds.value;
  const highEffort = effort >= thresholds.effort;
  if (highValue) return highEffort ? 'big-bet' : 'quick-win';
  return highEffort ? 'money-pit' : 'fill-in';
}
