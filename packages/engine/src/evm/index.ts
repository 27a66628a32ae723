export {
  earnedSchedule,
  independentDurationEstimate,
  toCompleteSchedulePerformanceIndex,
} from './earned-schedule';
export { dateAfterPeriods, periodsElapsed } from './earned-schedule-time';
export type {
  EarnedScheduleResult,
  EstimatesAtCompletion,
  EvmIndicators,
  EvmTaskInput,
  EvmTotals,
  PercentCompleteMethod,
} from './evm.types';
export { evmIndicators } from './performance';
export { assignmentCost, projectCostAtCompletion, rateAt } from './project-cost';
export { evmTotals, type ProjectEvmOptions, plannedValueSeries, projectEvm } from './project-evm';
export { taskEarnedValue, taskPlannedValue } from './task-value';
