export { BetaQuantileTable, normalCdf, pertShape, triangularQuantile } from './distributions';
export { simulateSchedule } from './simulate';
export type {
  CorrelationGroup,
  EstimateDistribution,
  HistogramBin,
  Percentiles,
  RiskEventInput,
  SimulationOptions,
  SimulationResult,
  TaskCostModel,
  ThreePointEstimate,
} from './simulation.types';
