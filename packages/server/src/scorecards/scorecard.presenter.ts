import type { Scorecard, ScorecardCriterion } from '@tandem/api';
import { milliToWeight } from './scorecard-weight';
import type { CriterionRow } from './scorecards.repository';

export function presentCriterion(row: CriterionRow): ScorecardCriterion {
  return {
    id: row.id,
    name: row.name,
    weight: milliToWeight(Number(row.weight_milli)),
    scaleMin: Number(row.scale_min),
    scaleMax: Number(row.scale_max),
    position: Number(row.position),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The workspace scorecard: criteria already in order. */
export function presentScorecard(
  workspaceId: string,
  version: number,
  criteria: readonly CriterionRow[],
): Scorecard {
  return { workspaceId, version, criteria: criteria.map(presentCriterion) };
}
