import type { CheckIn, Goal } from '@tandem/api';
import { keyResultProgress, objectiveProgress } from './goal-progress';
import type { CheckInRow, KeyResultRow, ObjectiveRow } from './goals.repository';

export function presentGoal(
  row: ObjectiveRow,
  keyResults: readonly KeyResultRow[],
  featureIds: readonly string[],
): Goal {
  const krs = keyResults.map((kr) => ({
    id: kr.id,
    metric: kr.metric,
    baseline: kr.baseline,
    target: kr.target,
    current: kr.current,
    confidence: kr.confidence,
    progress: keyResultProgress(kr),
  }));
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    title: row.title,
    description: row.description,
    ownerId: row.owner_id,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    keyResults: krs,
    progress: objectiveProgress(krs.map((kr) => kr.progress)),
    featureIds: [...featureIds],
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentCheckIn(row: CheckInRow): CheckIn {
  return {
    id: row.id,
    keyResultId: row.key_result_id,
    date: row.date,
    value: row.value,
    confidence: row.confidence,
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
