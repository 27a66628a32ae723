export {
  BASELINE_COUNT,
  type BaselineSet,
  type BaselineVariance,
  baselineVariances,
  saveBaseline,
  taskCosts,
} from './baselines';
export { CONSTRAINT_RULES, type ConstraintRule } from './constraints';
export type { UpdateStats } from './run-passes';
export { type ScheduleOptions, schedule } from './schedule';
export { createScheduler, type Scheduler, type SchedulerOptions, type TaskPatch } from './scheduler';
export {
  type AssignmentLoad,
  applyTaskEdit,
  reassign,
  TASK_TYPE_RULES,
  type TaskEdit,
  type TaskLoad,
  type TaskQuantity,
} from './task-types';
