import {
  type Risk,
  type RiskAction,
  type RiskKind,
  type RiskStatus,
  type RiskStrategy,
  riskScore,
} from '@tandem/api';
import type { RiskActionRow, RiskRow } from './risks.repository';

export function presentRiskAction(row: RiskActionRow): RiskAction {
  return {
    id: row.id,
    riskId: row.risk_id,
    title: row.title,
    ownerId: row.owner_id,
    dueDate: row.due_date,
    done: row.done === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentRisk(
  row: RiskRow,
  taskIds: readonly string[],
  actions: readonly RiskActionRow[],
): Risk {
  const { score, level } = riskScore(row.probability, row.schedule_impact, row.cost_impact);
  return {
    id: row.id,
    projectId: row.project_id,
    code: `R-${row.number}`,
    kind: row.kind as RiskKind,
    title: row.title,
    cause: row.cause,
    effect: row.effect,
    category: row.category,
    ownerId: row.owner_id,
    probability: row.probability,
    scheduleImpact: row.schedule_impact,
    costImpact: row.cost_impact,
    score,
    level,
    probabilityPercent: row.probability_percent,
    scheduleImpactMinutes: row.schedule_impact_minutes,
    costImpactMinor: Number(row.cost_impact_minor),
    strategy: row.strategy as RiskStrategy,
    trigger: row.trigger_text,
    status: row.status as RiskStatus,
    taskIds: [...taskIds],
    actions: actions.map(presentRiskAction),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
