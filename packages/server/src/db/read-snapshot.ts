import type { Kysely } from 'kysely';
import type { Database } from './database.types';

/**
 * Runs `work` in one read-only transaction, so that everything it reads comes from one snapshot
 * of the database: repeatable read on PostgreSQL (each statement would otherwise see the commits
 * made since the one before), and on SQLite a deferred transaction, a snapshot from its first read
 * (see sqlite-write-lock-dialect.ts). `work` must not write: PostgreSQL refuses it, SQLite would
 * turn the transaction into a write that may find the log moved on and fail.
 */
export function readSnapshot<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work);
}
