/**
 * Kysely table interfaces: the database as the server sees it. Conventions (see README.md):
 * ids are UUIDv7 text; `*_at` columns are UTC instants as ISO 8601 text with `Z`; plan dates
 * (`start`, `finish`, `deadline`, `constraint_date`) are floating wall-clock ISO text
 * `YYYY-MM-DDTHH:MM:SS`; booleans are integers 0/1 (identical on SQLite and PostgreSQL).
 */

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

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  workspaces: WorkspacesTable;
  memberships: MembershipsTable;
  projects: ProjectsTable;
  tasks: TasksTable;
  links: LinksTable;
}
