import { requireNumber } from './score-error';

/** SAFe's Weighted Shortest Job First inputs, each on a relative scale (usually 1, 2, 3, 5, 8, 13, 20). */
export interface WsjfInput {
  /** User-business value. */
  readonly businessValue: number | null | undefined;
  /** Time criticality: how value decays with delay. */
  readonly timeCriticality: number | null | undefined;
  /** Risk reduction and/or opportunity enablement. */
  readonly riskReduction: number | null | undefined;
  /** Job size (duration or effort proxy), > 0. */
  readonly jobSize: number | null | undefined;
}

/** Cost of delay = business value + time criticality + risk reduction / opportunity enablement. */
export function costOfDelay(input: Omit<WsjfInput, 'jobSize'>): number {
  return (
    requireNumber(input.businessValue, 'businessValue', { min: 0 }) +
    requireNumber(input.timeCriticality, 'timeCriticality', { min: 0 }) +
    requireNumber(input.riskReduction, 'riskReduction', { min: 0 })
  );
}

/** WSJF = cost of delay / job size; ScoreInputError names a missing or invalid field (job size 0 included). */
export function wsjfScore(input: WsjfInput): number {
  const cod = costOfDelay(input);
  return cod / requireNumber(input.jobSize, 'jobSize', { min: 0, exclusiveMin: true });
}
