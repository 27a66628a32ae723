import type { User } from '@tandem/api';
import type { UserRow } from './users.repository';

/** What of a user goes on the wire (never the password hash). */
export function presentUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, createdAt: row.created_at };
}
