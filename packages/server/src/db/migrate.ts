import { type Kysely, type MigrationResultSet, Migrator } from 'kysely';
import type { Database } from './database.types';
import { migrations } from './migrations/index';

export interface MigrationReport {
  /** Names of the migrations applied by this run (empty when already up to date). */
  readonly applied: readonly string[];
}

/**
 * Brings the schema up to date with the in-code migrations (identical on SQLite and PostgreSQL).
 * Kysely's migrator takes a lock, so two servers starting together do not both migrate.
 * Throws naming the failed migration.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationReport> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'tandem_migrations',
    migrationLockTableName: 'tandem_migrations_lock',
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  const failed = result.results?.find((r) => r.status === 'Error');
  if (result.error) {
    const name = failed ? ` "${failed.migrationName}"` : '';
    const message = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`migration${name} failed: ${message}`, { cause: result.error });
  }
  return {
    applied: (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}
