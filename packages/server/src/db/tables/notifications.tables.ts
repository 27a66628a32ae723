/** Notifications (migration 0009). Conventions: see ../database.types.ts. */

/** Migration 0009: a message for one user about one object (a feature or release forecast slip). */
export interface NotificationsTable {
  workspace_id: string;
  id: string;
  /** The recipient. */
  user_id: string;
  /** feature-late, release-late. */
  kind: string;
  /** The feature or release the message is about. */
  subject_id: string;
  message: string;
  created_at: string;
  read_at: string | null;
  /** When the live feed announced it (after the write that made it committed); null until then. */
  announced_at: string | null;
}
