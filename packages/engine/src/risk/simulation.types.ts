import type { DateTime, WorkMinutes } from '../model/time';

export type EstimateDistribution = 'triangular' | 'pert';

/** A three-point estimate of a task's duration, in working minutes (min ≤ mostLikely ≤ max). */
export interface ThreePointEstimate {
  readonly min: WorkMinutes;
  readonly mostLikely: WorkMinutes;
  readonly max: WorkMinutes;
  readonly distribution?: EstimateDistribution;
}

/** An uncertain event: with `probability` it happens, adding time and cost to the tasks it hits. */
export interface RiskEventInput {
  readonly id: string;
  readonly name?: string;
  /** 0–1. */
  readonly probability: number;
  readonly impacts: readonly {
    readonly taskId: string;
    /** Working minutes added to the task's duration when the event happens. */
    readonly delay: WorkMinutes;
    /** Cost added when the event happens, minor units. */
    readonly cost?: number;
  }[];
}

/** Tasks whose durations move together: a Gaussian copula with this pairwise correlation. */
export interface CorrelationGroup {
  readonly taskIds: readonly string[];
  /** 0–1 (negative correlation within a group is not a positive-definite model for > 2 tasks). */
  readonly coefficient: number;
}

/** Cost of a task in the simulation: fixed, plus a rate per working minute of its duration. */
export interface TaskCostModel {
  /** Minor units. */
  readonly fixed: number;
  /** Minor units per working minute. */
  readonly perMinute: number;
}

export interface SimulationOptions {
  /** Default 10,000. */
  readonly iterations?: number;
  /** Seed of the PRNG: the same seed gives the same result. Default 1. */
  readonly seed?: number;
  /** Estimates by task id; tasks without one keep their deterministic duration. */
  readonly estimates?: ReadonlyMap<string, ThreePointEstimate>;
  /**
   * For tasks without an estimate: a triangular estimate from (1 + low/100)·d to (1 + high/100)·d
   * around the duration d, e.g. { low: -10, high: 30 }. Omitted: such tasks are certain.
   */
  readonly defaultUncertainty?: { readonly low: number; readonly high: number };
  readonly riskEvents?: readonly RiskEventInput[];
  readonly correlationGroups?: readonly CorrelationGroup[];
  /** Task costs by id, for the cost distribution. */
  readonly costs?: ReadonlyMap<string, TaskCostModel>;
  /** Probability of finishing by this date is reported. */
  readonly deadline?: DateTime | null;
  /**
   * Groups of tasks whose finish distribution is reported (the latest finish of each group's
   * tasks per iteration): a feature's or a release's linked work, a milestone.
   */
  readonly trackGroups?: readonly { readonly id: string; readonly taskIds: readonly string[] }[];
  /** Histogram bins (default 40). */
  readonly bins?: number;
  /** Tasks listed in the tornado (default 10). */
  readonly sensitivityTop?: number;
}

export interface HistogramBin {
  /** Bin start (a date for finishes, minor units for costs). */
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** Share of iterations at or below `to`. */
  readonly cumulative: number;
}

export interface Percentiles {
  readonly p10: number;
  readonly p50: number;
  readonly p80: number;
  readonly p90: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

export interface SimulationResult {
  readonly iterations: number;
  readonly seed: number;
  /** The deterministic CPM finish the simulation is anchored to. */
  readonly deterministicFinish: DateTime;
  /** Finish dates (floating minutes). */
  readonly finish: Percentiles;
  readonly finishHistogram: readonly HistogramBin[];
  /** Project cost, minor units; null when no costs were given. */
  readonly cost: Percentiles | null;
  readonly costHistogram: readonly HistogramBin[];
  /** Share of iterations finishing at or before the deadline; null without a deadline. */
  readonly deadlineProbability: number | null;
  /** Task id → share of iterations in which the task was critical (0–1), for leaf tasks. */
  readonly criticality: ReadonlyMap<string, number>;
  /** Tasks whose duration correlates most with the finish (Pearson r), strongest first. */
  readonly sensitivity: readonly { readonly taskId: string; readonly correlation: number }[];
  /** Finish percentiles (dates) of each tracked group, by group id; groups with no scheduled task are left out. */
  readonly groups: ReadonlyMap<string, Percentiles>;
  /** Finish offsets of every iteration in working minutes from the deterministic finish. */
  readonly finishDeltas: Float64Array;
}
