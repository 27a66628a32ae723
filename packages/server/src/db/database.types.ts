/**
 * Kysely table interfaces: the database as the server sees it. Conventions (see README.md):
 * ids are UUIDv7 text; `*_at` columns are UTC instants as ISO 8601 text with `Z`; plan dates
 * (`start`, `finish`, `deadline`, `constraint_date`) are floating wall-clock ISO text
 * `YYYY-MM-DDTHH:MM:SS`; booleans are integers 0/1 (identical on SQLite and PostgreSQL).
 */

import type {
  AcceptanceCriteriaTable,
  DefectsTable,
  ProjectCostSettingsTable,
  QualityGatesTable,
  RaidItemsTable,
  RaidItemTasksTable,
  RiskActionsTable,
  RiskHistoryTable,
  RisksTable,
  RiskTasksTable,
  SimulationsTable,
  TaskCostsTable,
  TimesheetEntriesTable,
} from './tables/controls.tables';
import type {
  LoginFailuresTable,
  MembershipsTable,
  SessionsTable,
  UsersTable,
  WorkspacesTable,
} from './tables/foundation.tables';
import type {
  CompetitorFeaturesTable,
  CompetitorsTable,
  MarketTrendsTable,
  ProductSwotsTable,
  StakeholdersTable,
} from './tables/market.tables';
import type { NotificationsTable } from './tables/notifications.tables';
import type {
  FeatureGoalsTable,
  FeatureLinksTable,
  FeatureScorecardValuesTable,
  FeaturesTable,
  FeedbackItemsTable,
  KeyResultCheckInsTable,
  KeyResultsTable,
  ObjectivesTable,
  ProductStageHistoryTable,
  ProductsTable,
  ReleasesTable,
  ScorecardCriteriaTable,
  ScorecardsTable,
  ShareLinksTable,
  ShareTokensTable,
} from './tables/product.tables';
import type { CalendarsTable, LinksTable, ProjectsTable, TasksTable } from './tables/project.tables';
import type {
  AssignmentsTable,
  ResourceAvailabilityTable,
  ResourceRatesTable,
  ResourcesTable,
  TaskBaselinesTable,
  TaskLevelingDelaysTable,
} from './tables/resources.tables';

export type * from './tables/controls.tables';
export type * from './tables/foundation.tables';
export type * from './tables/market.tables';
export type * from './tables/notifications.tables';
export type * from './tables/product.tables';
export type * from './tables/project.tables';
export type * from './tables/resources.tables';

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
  scorecards: ScorecardsTable;
  scorecard_criteria: ScorecardCriteriaTable;
  feature_scorecard_values: FeatureScorecardValuesTable;
  notifications: NotificationsTable;
}
