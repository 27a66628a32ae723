/** Projects, tasks, calendars and links (migrations 0001, 0002, 0007). Conventions: see ../database.types.ts. */

import type { Generated } from 'kysely';
import type { BooleanInt } from './foundation.tables';

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
