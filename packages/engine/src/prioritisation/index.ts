export {
  type CapacityCheckResult,
  type CapacityFeature,
  type CapacityResource,
  type CapacityVerdict,
  capacityCheck,
  teamCapacity,
} from './capacity-check';
export { type KanoAnswer, type KanoCategory, kanoCategory, kanoMajority } from './kano';
export { RICE_IMPACT_SCALE, type RiceInput, riceScore } from './rice';
export {
  previewScopeChange,
  type ScopeChangePreview,
  type ScopeFeature,
  type ScopeSnapshot,
} from './scope-change';
export { ScoreInputError } from './score-error';
export {
  type ScorecardCriterion,
  scorecardScore,
  type ValueEffortQuadrant,
  valueEffortQuadrant,
  valueEffortRatio,
} from './scorecard';
export { costOfDelay, type WsjfInput, wsjfScore } from './wsjf';
