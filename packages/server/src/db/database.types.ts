/**
 * Kysely table interfaces: the database as the server sees it. Conventions (see README.md):
 * ids are UUIDv7 text; `*_at` columns are UTC instants as ISO 8601 text with `Z`; plan dates
 * (`start`, `finish`, `deadline`, `constraint_date`) are floating wall-clock ISO text
 * `YYYY-MM-DDTHH:MM:SS`; booleans are integers 0/1 (identical on SQLite and PostgreSQL).
 */

import type { Generated } from 'kysely';

/** 0 or 1. */
export type BooleanInt = number;

export interface UsersTable {
  id: string;
  /** Lower-cased. */
  email: string;
  name: string;
  /** argon2id PHC string. */
  password_hash: string;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the cookie token; the token itself is never stored. */
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string;
  user_agent: string;
}

export interface LoginFailuresTable {
  id: string;
  email: string;
  ip: string;
  failed_at: string;
}

export interface WorkspacesTable {
  /** The workspace's id, named like the distribution column of every other table. */
  workspace_id: string;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: 'owner' | 'admin' | 'member' | 'viewer';
  created_at: string;
  updated_at: string;
}

export interface ProjectsTable {
  workspace_id: string;
  id: string;
  name: string;
  description: string;
  start: string;
  /** Latest scheduled finish, null while the project has no tasks. */
  finish: string | null;
  status: 'planned' | 'active' | 'on-hold' | 'completed' | 'archived';
  /** JSON of the api `ProjectCalendar`: working days and times, minutes per day/week, days per month. */
  calendar: string;
  version: number;
  /** Migration 0002: progress is measured at this floating date (null = none). */
  status_date: string | null;
  /** ISO 4217 code. */
  currency: Generated<string>;
  schedule_from: Generated<'start' | 'finish'>;
  /** The fixed finish (floating) of a project scheduled from its finish. */
  finish_date: string | null;
  /** A workspace calendar; null = the embedded `calendar` week. */
  calendar_id: string | null;
  /** Migration 0007: id written by every reschedule; validates cached schedulers (null = never). */
  plan_stamp: string | null;
  created_at: string;
  updated_at: string;
}

export interface TasksTable {
  workspace_id: string;
  id: string;
  project_id: string;
  parent_id: string | null;
  /** 0-based, dense among siblings. */
  position: number;
  name: string;
  /** Working minutes (elapsed minutes for `e*` units). */
  duration: number;
  duration_unit: string;
  start: string;
  finish: string;
  milestone: BooleanInt;
  percent_complete: number;
  constraint_type: string;
  constraint_date: string | null;
  deadline: string | null;
  notes: string;
  version: number;
  created_at: string;
  updated_at: string;
  /** Migration 0002, written by the rescheduler: 0/1, slack in working minutes, late dates floating. */
  critical: Generated<BooleanInt>;
  total_slack: Generated<number>;
  free_slack: Generated<number>;
  late_start: string | null;
  late_finish: string | null;
  /** 0–1000 (Microsoft Project's default 500). */
  priority: Generated<number>;
  actual_start: string | null;
  actual_finish: string | null;
  /** Working minutes; null = derived from percent complete. */
  actual_duration: number | null;
  remaining_duration: number | null;
}

/** A workspace calendar (migration 0002); `week`, `exceptions`, `work_weeks` are JSON (api schema). */
export interface CalendarsTable {
  workspace_id: string;
  id: string;
  name: string;
  base_calendar_id: string | null;
  week: string;
  exceptions: string;
  work_weeks: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface LinksTable {
  workspace_id: string;
  id: string;
  project_id: string;
  predecessor_id: string;
  successor_id: string;
  /** FS, SS, FF or SF. */
  type: string;
  /** Working minutes (elapsed for `e*` units; percent of the predecessor's duration for `%`). */
  lag: number;
  lag_unit: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A workspace's resource; rates per hour (work) or per unit (material), in minor units. */
export interface ResourcesTable {
  workspace_id: string;
  id: string;
  name: string;
  /** work, material or cost. */
  type: string;
  initials: string;
  group_name: string;
  material_label: string;
  /** Percent (100 = full time). */
  max_units: number;
  /** Base calendar; null = each project's calendar. */
  calendar_id: string | null;
  standard_rate_minor: number;
  overtime_rate_minor: number;
  cost_per_use_minor: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One dated max-units range of a resource (floating dates; null = open-ended). */
export interface ResourceAvailabilityTable {
  workspace_id: string;
  resource_id: string;
  position: number;
  available_from: string | null;
  available_to: string | null;
  /** Percent. */
  max_units: number;
}

/** A rate change of a resource from a floating date on (minor units). */
export interface ResourceRatesTable {
  workspace_id: string;
  resource_id: string;
  effective_from: string;
  standard_rate_minor: number;
  overtime_rate_minor: number;
  cost_per_use_minor: number;
}

export interface AssignmentsTable {
  workspace_id: string;
  id: string;
  project_id: string;
  task_id: string;
  resource_id: string;
  /** Percent (100 = full time). */
  units: number;
  /** Minutes (work resources) or quantity (material resources). */
  work: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Baseline `number` (0–10) of a task: floating dates and working minutes. */
export interface TaskBaselinesTable {
  workspace_id: string;
  project_id: string;
  task_id: string;
  number: number;
  start: string;
  finish: string;
  duration: number;
  saved_at: string;
}

/** A task's levelling delay in elapsed minutes (tasks without one have no row). */
export interface TaskLevelingDelaysTable {
  workspace_id: string;
  project_id: string;
  task_id: string;
  delay_minutes: number;
}

/** A risk of a project (issue #6); ratings on 1–5 scales, numbers for the simulation. */
export interface RisksTable {
  workspace_id: string;
  id: string;
  project_id: string;
  /** Sequence within the project: the risk's code is R-<number>. */
  number: number;
  kind: string;
  title: string;
  cause: string;
  effect: string;
  category: string;
  owner_id: string | null;
  probability: number;
  schedule_impact: number;
  cost_impact: number;
  probability_percent: number;
  schedule_impact_minutes: number;
  /** bigint: PostgreSQL returns it as a string. */
  cost_impact_minor: number | string;
  strategy: string;
  trigger_text: string;
  status: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RiskTasksTable {
  workspace_id: string;
  risk_id: string;
  task_id: string;
}

export interface RiskActionsTable {
  workspace_id: string;
  id: string;
  risk_id: string;
  title: string;
  owner_id: string | null;
  /** YYYY-MM-DD. */
  due_date: string | null;
  done: BooleanInt;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RiskHistoryTable {
  workspace_id: string;
  id: string;
  risk_id: string;
  changed_at: string;
  changed_by: string;
  probability: number;
  schedule_impact: number;
  cost_impact: number;
  score: number;
}

/** One schedule risk simulation run: the answer as served, JSON (ids are UUIDv7, so newest sorts last). */
export interface SimulationsTable {
  workspace_id: string;
  id: string;
  project_id: string;
  created_at: string;
  created_by: string;
  result_json: string;
}

/** A task's fixed cost and budget override (minor units; bigint, a string from PostgreSQL). */
export interface TaskCostsTable {
  workspace_id: string;
  task_id: string;
  project_id: string;
  fixed_cost_minor: number | string;
  budget_minor: number | string | null;
  version: number;
  updated_at: string;
}

/** A project's budget and the earning rule its earned value uses. */
export interface ProjectCostSettingsTable {
  workspace_id: string;
  project_id: string;
  budget_minor: number | string | null;
  ev_method: string;
  version: number;
  updated_at: string;
}

/** Hours a resource worked on a task on a day; approved entries are actual work and cost. */
export interface TimesheetEntriesTable {
  workspace_id: string;
  id: string;
  project_id: string;
  task_id: string;
  resource_id: string;
  entered_by: string;
  /** YYYY-MM-DD. */
  work_date: string;
  minutes: number;
  note: string;
  /** draft, submitted, approved, rejected. */
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AcceptanceCriteriaTable {
  workspace_id: string;
  id: string;
  task_id: string;
  text: string;
  position: number;
  checked: BooleanInt;
  checked_by: string | null;
  checked_at: string | null;
  version: number;
}

/** A quality gate on a milestone (at most one per task). */
export interface QualityGatesTable {
  workspace_id: string;
  task_id: string;
  approver_id: string;
  signed_off_by: string | null;
  signed_off_at: string | null;
  version: number;
}

export interface DefectsTable {
  workspace_id: string;
  id: string;
  project_id: string;
  /** Sequence within the project: the code is D-<number>. */
  number: number;
  title: string;
  description: string;
  severity: string;
  status: string;
  task_id: string | null;
  reported_by: string;
  assignee_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** An assumption, issue or decision of the RAID log. */
export interface RaidItemsTable {
  workspace_id: string;
  id: string;
  project_id: string;
  kind: string;
  /** Sequence per kind within the project. */
  number: number;
  title: string;
  description: string;
  owner_id: string | null;
  status: string;
  priority: string;
  /** YYYY-MM-DD. */
  raised_on: string;
  due_on: string | null;
  resolution: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RaidItemTasksTable {
  workspace_id: string;
  item_id: string;
  task_id: string;
}

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

/** A stakeholder; power and interest 1–5. */
export interface StakeholdersTable {
  workspace_id: string;
  id: string;
  product_id: string | null;
  name: string;
  role: string;
  organisation: string;
  power: number;
  interest: number;
  engagement_plan: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A competitor; `strengths` and `weaknesses` are JSON arrays of strings. */
export interface CompetitorsTable {
  workspace_id: string;
  id: string;
  name: string;
  website: string;
  profile: string;
  strengths: string;
  weaknesses: string;
  pricing: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One cell of the comparison matrix: full, partial, none, unknown. */
export interface CompetitorFeaturesTable {
  workspace_id: string;
  competitor_id: string;
  feature_id: string;
  support: string;
  note: string;
}

/** A market trend; `links` is a JSON array of URLs; impact low, medium, high. */
export interface MarketTrendsTable {
  workspace_id: string;
  id: string;
  title: string;
  description: string;
  impact: string;
  observed_on: string;
  links: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A product's SWOT; each quadrant a JSON array of strings. */
export interface ProductSwotsTable {
  workspace_id: string;
  product_id: string;
  strengths: string;
  weaknesses: string;
  opportunities: string;
  threats: string;
  version: number;
  updated_at: string;
}

/** Global lookup of a share link by its token's SHA-256 (hex); the token itself is never stored. */
export interface ShareTokensTable {
  token_hash: string;
  workspace_id: string;
  share_link_id: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  workspaces: WorkspacesTable;
  memberships: MembershipsTable;
  projects: ProjectsTable;
  tasks: TasksTable;
  links: LinksTable;
  calendars: CalendarsTable;
  resources: ResourcesTable;
  resource_availability: ResourceAvailabilityTable;
  resource_rates: ResourceRatesTable;
  assignments: AssignmentsTable;
  task_baselines: TaskBaselinesTable;
  task_leveling_delays: TaskLevelingDelaysTable;
  risks: RisksTable;
  risk_tasks: RiskTasksTable;
  risk_actions: RiskActionsTable;
  risk_history: RiskHistoryTable;
  simulations: SimulationsTable;
  task_costs: TaskCostsTable;
  project_cost_settings: ProjectCostSettingsTable;
  timesheet_entries: TimesheetEntriesTable;
  acceptance_criteria: AcceptanceCriteriaTable;
  quality_gates: QualityGatesTable;
  defects: DefectsTable;
  raid_items: RaidItemsTable;
  raid_item_tasks: RaidItemTasksTable;
  features: FeaturesTable;
  feature_links: FeatureLinksTable;
  feedback_items: FeedbackItemsTable;
  releases: ReleasesTable;
  share_links: ShareLinksTable;
  share_tokens: ShareTokensTable;
  objectives: ObjectivesTable;
  key_results: KeyResultsTable;
  key_result_check_ins: KeyResultCheckInsTable;
  feature_goals: FeatureGoalsTable;
  products: ProductsTable;
  product_stage_history: ProductStageHistoryTable;
  stakeholders: StakeholdersTable;
  competitors: CompetitorsTable;
  competitor_features: CompetitorFeaturesTable;
  market_trends: MarketTrendsTable;
  product_swots: ProductSwotsTable;
}
