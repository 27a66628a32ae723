/** Risks, simulations, costs, timesheets, quality and the RAID log (migration 0004). Conventions: see ../database.types.ts. */

import type { BooleanInt } from './foundation.tables';

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
