export { maxUnitsAt } from './availability';
export {
  type FindOverallocationsOptions,
  findOverallocations,
  UNITS_TOLERANCE,
} from './find-overallocations';
export { levelProject } from './level-project';
export type {
  LevelingDelay,
  LevelingOptions,
  LevelingOrder,
  LevelingResult,
  Overallocation,
  OverallocationReason,
  RemainingOverallocation,
} from './leveling.types';
