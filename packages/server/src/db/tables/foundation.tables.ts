/** Accounts, sessions and workspaces (migration 0001). Conventions: see ../database.types.ts. */

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
