import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';

// `login_failures` is a global (reference) table, keyed by email and client IP.

export async function recordLoginFailure(
  db: Kysely<Database>,
  row: { id: string; email: string; ip: string; failed_at: string },
): Promise<void> {
  await db.insertInto('login_failures').values(row).execute();
}

/** Failures for `column = value` since `since`, oldest first (only the times). */
export async function listLoginFailuresSince(
  db: Kysely<Database>,
  column: 'email' | 'ip',
  value: string,
  since: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('login_failures')
    .select('failed_at')
    .where(column, '=', value)
    .where('failed_at', '>', since)
    .orderBy('failed_at', 'asc')
    .execute();
  return rows.map((r) => r.failed_at);
}

export async function clearLoginFailuresForEmail(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom('login_failures').where('email', '=', email).execute();
}

export async function deleteLoginFailuresBefore(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('login_failures').where('failed_at', '<=', before).execute();
}
