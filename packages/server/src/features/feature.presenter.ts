import type { Feature, FeatureForecast } from '@tandem/api';
import type { ScorecardInputs } from '../scorecards/scorecard-score';
import { computeScores } from './feature-scores';
import type { FeatureLinkRow, FeatureRow } from './features.repository';

export function presentFeature(
  row: FeatureRow,
  links: readonly FeatureLinkRow[],
  forecast: FeatureForecast,
  evidenceCount: number,
  goalIds: readonly string[],
  scorecard: ScorecardInputs,
): Feature {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    kind: row.kind as Feature['kind'],
    parentId: row.parent_id,
    title: row.title,
    description: row.description,
    status: row.status as Feature['status'],
    statusReason: row.status_reason,
    ownerId: row.owner_id,
    rice: {
      reach: row.rice_reach,
      impact: row.rice_impact,
      confidence: row.rice_confidence,
      effort: row.rice_effort,
    },
    wsjf: {
      businessValue: row.wsjf_business_value,
      timeCriticality: row.wsjf_time_criticality,
      riskReduction: row.wsjf_risk_reduction,
      jobSize: row.wsjf_job_size,
    },
    value: row.value_score,
    effort: row.effort_score,
    kano: row.kano as Feature['kano'],
    scorecard: scorecard.criteria.flatMap((c) => {
      const value = scorecard.values.get(c.id);
      return value === undefined ? [] : [{ criterionId: c.id, value }];
    }),
    scores: computeScores(row, scorecard),
    lane: row.lane as Feature['lane'],
    rank: row.rank,
    releaseId: row.release_id,
    targetDate: row.target_date,
    productId: row.product_id,
    team: row.team,
    effortMinutes: row.effort_minutes,
    links: links.map((l) => ({ projectId: l.projectId, taskId: l.taskId })),
    goalIds: [...goalIds],
    forecast,
    evidenceCount,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
