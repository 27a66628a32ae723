/** Features, feedback, releases, share links, goals, products and scorecards (migrations 0005, 0006, 0008). Conventions: see ../database.types.ts. */

import type { BooleanInt } from './foundation.tables';

/** An idea, feature or initiative of the product backlog (issue #7). */
export interface FeaturesTable {
  workspace_id: string;
  id: string;
  kind: string;
  parent_id: string | null;
  title: string;
  description: string;
  status: string;
  status_reason: string;
  owner_id: string | null;
  rice_reach: number | null;
  rice_impact: number | null;
  rice_confidence: number | null;
  rice_effort: number | null;
  wsjf_business_value: number | null;
  wsjf_time_criticality: number | null;
  wsjf_risk_reduction: number | null;
  wsjf_job_size: number | null;
  value_score: number | null;
  effort_score: number | null;
  kano: string | null;
  lane: string | null;
  rank: number;
  release_id: string | null;
  /** YYYY-MM-DD. */
  target_date: string | null;
  effort_minutes: number | null;
  /** Migration 0009: the feature's product (null = none) and team ('' = none), roadmap lanes. */
  product_id: string | null;
  team: string;
  /** Migration 0009: 0/1, the forecast last judged late (owner told); null = not judged yet. */
  forecast_late: BooleanInt | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Project work a feature is delivered by; `task_id` '' = the whole project. */
export interface FeatureLinksTable {
  workspace_id: string;
  feature_id: string;
  project_id: string;
  task_id: string;
}

/** A piece of customer feedback; `feature_id` links it as evidence once triaged. */
export interface FeedbackItemsTable {
  workspace_id: string;
  id: string;
  text: string;
  /** form, api, csv, email, call, … */
  source: string;
  customer: string;
  company: string;
  segment: string;
  /** low, medium, high, critical. */
  importance: string;
  /** JSON array of strings. */
  tags: string;
  /** new, triaged, archived. */
  status: string;
  feature_id: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A release: features name it by `features.release_id`. */
export interface ReleasesTable {
  workspace_id: string;
  id: string;
  name: string;
  version_label: string;
  /** YYYY-MM-DD. */
  target_date: string | null;
  /** planned, in-progress, released. */
  status: string;
  description: string;
  /** Migration 0009: 0/1, the forecast last judged late (owners told); null = not judged yet. */
  forecast_late: BooleanInt | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A read-only roadmap link; its token's digest is in `share_tokens`. */
export interface ShareLinksTable {
  workspace_id: string;
  id: string;
  name: string;
  /** JSON array of hidden field names. */
  hidden_fields: string;
  expires_at: string | null;
  revoked_at: string | null;
  created_by: string | null;
  created_at: string;
}

/** An objective (the O of an OKR); dates YYYY-MM-DD. */
export interface ObjectivesTable {
  workspace_id: string;
  id: string;
  title: string;
  description: string;
  owner_id: string | null;
  period_start: string | null;
  period_end: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A key result of an objective; confidence 0–1. */
export interface KeyResultsTable {
  workspace_id: string;
  id: string;
  objective_id: string;
  position: number;
  metric: string;
  baseline: number;
  target: number;
  current: number;
  confidence: number;
}

/** A dated reading of a key result. */
export interface KeyResultCheckInsTable {
  workspace_id: string;
  id: string;
  key_result_id: string;
  /** YYYY-MM-DD. */
  date: string;
  value: number;
  confidence: number;
  note: string;
  created_by: string | null;
  created_at: string;
}

/** A feature serving an objective (goal). */
export interface FeatureGoalsTable {
  workspace_id: string;
  feature_id: string;
  goal_id: string;
}

/** A product; `personas` is a JSON array of {name, description}. */
export interface ProductsTable {
  workspace_id: string;
  id: string;
  name: string;
  vision: string;
  strategy: string;
  target_customers: string;
  personas: string;
  /** discovery, introduction, growth, maturity, decline. */
  lifecycle_stage: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A product entering a lifecycle stage on a date (YYYY-MM-DD). */
export interface ProductStageHistoryTable {
  workspace_id: string;
  id: string;
  product_id: string;
  stage: string;
  date: string;
  changed_by: string | null;
}

/** Global lookup of a share link by its token's SHA-256 (hex); the token itself is never stored. */
export interface ShareTokensTable {
  token_hash: string;
  workspace_id: string;
  share_link_id: string;
}

/** One row per workspace with a scorecard: its version guards the criteria's order (0008). */
export interface ScorecardsTable {
  workspace_id: string;
  version: number;
  updated_at: string;
}

/** A scorecard criterion: weight in integer thousandths (1.5 → 1500), an integer scale. */
export interface ScorecardCriteriaTable {
  workspace_id: string;
  id: string;
  name: string;
  weight_milli: number;
  scale_min: number;
  scale_max: number;
  position: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A feature's value on one scorecard criterion (an integer on the criterion's scale). */
export interface FeatureScorecardValuesTable {
  workspace_id: string;
  feature_id: string;
  criterion_id: string;
  value: number;
}
