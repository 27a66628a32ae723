/** Resources, assignments, baselines and levelling (migration 0003). Conventions: see ../database.types.ts. */

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
