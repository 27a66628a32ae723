import { requireNumber } from './score-error';

/** RICE inputs (Intercom's method). */
export interface RiceInput {
  /** People or events per period the feature reaches (≥ 0). */
  readonly reach: number | null | undefined;
  /** Impact per person: 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal (any value ≥ 0 is accepted). */
  readonly impact: number | null | undefined;
  /** Confidence in the estimates, 0 to 1. */
  readonly confidence: number | null | undefined;
  /** Effort in person-months (> 0). */
  readonly effort: number | null | undefined;
}

/** Intercom's impact scale. */
export const RICE_IMPACT_SCALE = { massive: 3, high: 2, medium: 1, low: 0.5, minimal: 0.25 } as const;

/**
 * RICE score = reach × impact × confidence / effort. Throws ScoreInputError naming the field for a
 * missing, negative or non-finite input, a confidence outside 0–1 or an effort of 0.
 */
export function riceScore(input: RiceInput): number {
  const reach = requireNumber(input.reach, 'reach', { min: 0 });
  const impact = requireNumber(input.impact, 'impact', { min: 0 });
  const confidence = requireNumber(input.confidence, 'confidence', { min: 0, max: 1 });
  const effort = requireNumber(input.effort, 'effort', { min: 0, exclusiveMin: true });
  return (reach * impact * confidence) / effort;
}
