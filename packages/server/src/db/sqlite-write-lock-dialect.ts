import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type TransactionSettings,
} from 'kysely';

/**
 * SQLite with write transactions that take the write lock when they begin (`BEGIN IMMEDIATE`);
 * read-only ones (`setAccessMode('read only')`) stay deferred, a snapshot from their first read.
 * A deferred transaction reads first and asks for the lock at its first write: when another
 * process committed in between, SQLite refuses the upgrade at once (SQLITE_BUSY, no waiting) and
 * the write fails. With one process nothing changes (one connection runs one transaction at a
 * time); with several serving processes on one file (`TANDEM_WORKERS`), a write waits its turn
 * (busy_timeout) instead.
 */
export class SqliteWriteLockDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection, settings: TransactionSettings) => {
      const begin = settings.accessMode === 'read only' ? 'begin' : 'begin immediate';
      await connection.executeQuery(CompiledQuery.raw(begin));
    };
    return driver;
  }
}
