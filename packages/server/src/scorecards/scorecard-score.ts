import { ScoreInputError, scorecardScore } from '@tandem/engine';
import { milliToWeight } from './scorecard-weight';
import type { CriterionRow } from './scorecards.repository';

/** What a feature's scorecard score is made of: the criteria in order and its values by criterion id. */
export interface ScorecardInputs {
  readonly criteria: readonly CriterionRow[];
  readonly values: ReadonlyMap<string, number>;
}

/** 0–100: where a value sits on its criterion's scale (the scale's minimum → 0, its maximum → 100). */
export function placeOnScale(value: number, scaleMin: number, scaleMax: number): number {
  return (100 * (value - scaleMin)) / (scaleMax - scaleMin);
}

/**
 * The weighted scorecard score of one feature, 0–100: each value is placed on 0–100 along its
 * criterion's scale, then the engine's weighted mean Σ wᵢ·pᵢ / Σ wᵢ is taken. Null and silent when
 * the workspace has no criteria or the feature no value yet; null with an issue per criterion
 * without a value (or, after a hand edit of the database, off its scale) otherwise.
 */
export function computeScorecardScore(
  inputs: ScorecardInputs,
  issues: { field: string; message: string }[],
): number | null {
  const { criteria, values } = inputs;
  if (criteria.length === 0 || criteria.every((c) => !values.has(c.id))) return null;
  const placed: Record<string, number> = {};
  let complete = true;
  for (const criterion of criteria) {
    const value = values.get(criterion.id);
    const min = Number(criterion.scale_min);
    const max = Number(criterion.scale_max);
    if (value === undefined) {
      issues.push({ field: `scorecard.${criterion.id}`, message: `${criterion.name} has no value yet` });
      complete = false;
    } else if (value < min || value > max) {
      issues.push({
        field: `scorecard.${criterion.id}`,
        message: `${criterion.name} is ${value}, outside its scale ${min}–${max}`,
      });
      complete = false;
    } else {
      placed[criterion.id] = placeOnScale(value, min, max);
    }
  }
  if (!complete) return null;
  try {
    return scorecardScore(
      criteria.map((c) => ({ id: c.id, name: c.name, weight: milliToWeight(Number(c.weight_milli)) })),
      placed,
    );
  } catch (error) {
    if (error instanceof ScoreInputError) {
      issues.push({ field: `scorecard.${error.field}`, message: error.reason });
      return null;
    }
    throw error;
  }
}
