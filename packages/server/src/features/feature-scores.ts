import type { FeatureScores } from '@tandem/api';
import { riceScore, ScoreInputError, valueEffortRatio, wsjfScore } from '@tandem/engine';
import { computeScorecardScore, type ScorecardInputs } from '../scorecards/scorecard-score';
import type { FeatureRow } from './features.repository';

/** A score, or null with the reason when its inputs cannot give one; null and silent when none was entered. */
function tryScore(
  inputs: readonly (number | null)[],
  prefix: string,
  score: () => number,
  issues: { field: string; message: string }[],
): number | null {
  if (inputs.every((value) => value === null)) return null;
  try {
    return score();
  } catch (error) {
    if (error instanceof ScoreInputError) {
      issues.push({ field: `${prefix}.${error.field}`, message: error.reason });
      return null;
    }
    throw error;
  }
}

/**
 * RICE, WSJF, value/effort and the weighted scorecard (when its inputs are given) of a stored
 * feature, computed by the engine's formulas.
 */
export function computeScores(row: FeatureRow, scorecard?: ScorecardInputs): FeatureScores {
  const issues: { field: string; message: string }[] = [];
  const rice = tryScore(
    [row.rice_reach, row.rice_impact, row.rice_confidence, row.rice_effort],
    'rice',
    () =>
      riceScore({
        reach: row.rice_reach,
        impact: row.rice_impact,
        confidence: row.rice_confidence,
        effort: row.rice_effort,
      }),
    issues,
  );
  const wsjf = tryScore(
    [row.wsjf_business_value, row.wsjf_time_criticality, row.wsjf_risk_reduction, row.wsjf_job_size],
    'wsjf',
    () =>
      wsjfScore({
        businessValue: row.wsjf_business_value,
        timeCriticality: row.wsjf_time_criticality,
        riskReduction: row.wsjf_risk_reduction,
        jobSize: row.wsjf_job_size,
      }),
    issues,
  );
  const valueEffort = tryScore(
    [row.value_score, row.effort_score],
    'valueEffort',
    () => valueEffortRatio(row.value_score, row.effort_score),
    issues,
  );
  const weighted = scorecard ? computeScorecardScore(scorecard, issues) : null;
  return { rice, wsjf, valueEffort, scorecard: weighted, issues };
}
