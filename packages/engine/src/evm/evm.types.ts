import type { DateTime } from '../model/time';

/**
 * How a task's earned value is credited (PMI Practice Standard for EVM, "earning rules"):
 * - `physical`: budget × physical percent complete, as the team assesses it;
 * - `0/100`: nothing until the task is finished, then its whole budget;
 * - `50/50`: half the budget when the task starts, the other half when it finishes;
 * - `duration`: budget × percent of the duration elapsed (Microsoft Project's % complete).
 */
export type PercentCompleteMethod = 'physical' | '0/100' | '50/50' | 'duration';

/** One task (a work package) as earned value sees it. Money is in integer minor units (cents). */
export interface EvmTaskInput {
  readonly id: string;
  /** Budget at completion of this task, minor units. */
  readonly budget: number;
  /** Baseline (planned) start and finish, floating minutes. */
  readonly baselineStart: DateTime;
  readonly baselineFinish: DateTime;
  /** Percent of the duration complete, 0–100 (the `duration` method). */
  readonly percentComplete: number;
  /** Physical percent complete, 0–100 (the `physical` method); falls back to percentComplete. */
  readonly physicalPercentComplete?: number;
  /** Actual cost to the status date, minor units. */
  readonly actualCost: number;
  /** Overrides the project-wide method for this task. */
  readonly method?: PercentCompleteMethod;
}

/** Cumulative values at one status date, minor units. */
export interface EvmTotals {
  /** Planned value (BCWS). */
  readonly pv: number;
  /** Earned value (BCWP). */
  readonly ev: number;
  /** Actual cost (ACWP). */
  readonly ac: number;
  /** Budget at completion. */
  readonly bac: number;
}

/**
 * Estimate at completion by the standard formulas (PMI Practice Standard for EVM, 2nd ed., ch. 5):
 * which one fits depends on whether past performance is expected to continue.
 */
export interface EstimatesAtCompletion {
  /** BAC / CPI: the cost performance so far continues. */
  readonly cpi: number | null;
  /** AC + (BAC − EV): the rest goes to budget (past variance was atypical). */
  readonly atypical: number;
  /** AC + (BAC − EV) / (CPI × SPI): cost and schedule performance both weigh on the rest. */
  readonly cpiTimesSpi: number | null;
  /** AC + a bottom-up estimate to complete, when one is given. */
  readonly bottomUp: number | null;
}

/** Every earned-value indicator at a status date. Ratios are null when their denominator is 0. */
export interface EvmIndicators extends EvmTotals {
  /** Schedule variance EV − PV. */
  readonly sv: number;
  /** Cost variance EV − AC. */
  readonly cv: number;
  /** Schedule performance index EV / PV. */
  readonly spi: number | null;
  /** Cost performance index EV / AC. */
  readonly cpi: number | null;
  readonly eac: EstimatesAtCompletion;
  /** Estimate to complete by the CPI-based EAC: EAC − AC. */
  readonly etc: number | null;
  /** Variance at completion by the CPI-based EAC: BAC − EAC. */
  readonly vac: number | null;
  /** To-complete performance index to meet BAC: (BAC − EV) / (BAC − AC). */
  readonly tcpiBac: number | null;
  /** To-complete performance index to meet the CPI-based EAC: (BAC − EV) / (EAC − AC). */
  readonly tcpiEac: number | null;
}

/** Earned schedule at a status date (Lipke 2003). Times are in periods of the PV series. */
export interface EarnedScheduleResult {
  /** Earned schedule: the time at which the plan expected today's EV. */
  readonly es: number;
  /** Actual time elapsed. */
  readonly at: number;
  /** SV(t) = ES − AT (negative = behind). */
  readonly svt: number;
  /** SPI(t) = ES / AT; null at AT = 0. */
  readonly spit: number | null;
  /** Planned duration (periods until the PV reaches BAC). */
  readonly plannedDuration: number;
  /** Independent estimate of the duration at completion, PD / SPI(t); null when SPI(t) is 0 or unknown. */
  readonly ieact: number | null;
  /**
   * To-complete schedule performance index (PD − ES) / (PD − AT): the efficiency the rest of the work
   * needs to finish on the planned duration; null once AT ≥ PD (use an estimated duration then).
   */
  readonly tspi: number | null;
}
