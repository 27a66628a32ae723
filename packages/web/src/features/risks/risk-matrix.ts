import { type Risk, type RiskLevel, riskScore } from '@tandem/api';

/** A cell of the 5×5 matrix: probability rating (1–5) × impact rating (the larger of schedule and cost). */
export interface MatrixCell {
  readonly probability: number;
  readonly impact: number;
}

/** The impact a risk is placed by on the matrix: its larger rating, as its score uses. */
export function riskImpact(risk: Pick<Risk, 'scheduleImpact' | 'costImpact'>): number {
  return Math.max(risk.scheduleImpact, risk.costImpact);
}

/** The band of a cell, from the score the contract defines (probability × impact). */
export function cellLevel(cell: MatrixCell): RiskLevel {
  return riskScore(cell.probability, cell.impact, cell.impact).level;
}

/**
 * Counts risks per cell. `rows[0]` is probability 5 (the matrix is drawn with the most likely at
 * the top), `rows[r][c]` is impact c + 1. Closed risks are left out unless `includeClosed`.
 */
export function bucketRisks(risks: readonly Risk[], includeClosed = false): number[][] {
  const rows = Array.from({ length: 5 }, () => new Array<number>(5).fill(0));
  for (const risk of risks) {
    if (!includeClosed && risk.status === 'closed') continue;
    rows[5 - risk.probability][riskImpact(risk) - 1] += 1;
  }
  return rows;
}

/** True when the risk sits in `cell` (null = no cell chosen: every risk matches). */
export function inCell(risk: Risk, cell: MatrixCell | null): boolean {
  return cell === null || (risk.probability === cell.probability && riskImpact(risk) === cell.impact);
}

export const LEVEL_COLOR: Record<RiskLevel, string> = {
  low: 'teal',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};

export const LEVEL_LABEL: Record<RiskLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};
