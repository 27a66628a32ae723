export {
  type BiPopulationOptions,
  BiPopulationSearch,
  defaultPopulationSize,
  type SearchResult,
} from './bi-population-search';
export { checkRcpspFeasibility, describeRcpspViolation } from './check-feasibility';
export { type CpmTimes, computeCpmTimes, cpmLowerBound } from './cpm-bound';
export { type GeneticOptions, GeneticSearch } from './genetic';
export { Justifier } from './justification';
export { ListOperators } from './list-operators';
export { ListSorter } from './list-order';
export { ParallelListSgs } from './parallel-list-sgs';
export { ParallelSgs } from './parallel-sgs';
export {
  ActivityListBuilder,
  PRIORITY_RULES,
  type PriorityRule,
  priorityList,
  priorityValues,
} from './priority-rules';
export type { CapacityOverTime, RcpspInstance, RcpspSchedule, RcpspViolation } from './rcpsp.types';
export { prepareRcpspNetwork, RcpspInstanceError, type RcpspNetwork } from './rcpsp-network';
export { SerialSgs, toForwardTime } from './serial-sgs';
export { type SolveRcpspOptions, type SolveRcpspResult, solveRcpsp } from './solve';
export { type WindowOutcome, WindowSearch, type WindowSettings } from './window-search';
