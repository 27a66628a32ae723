import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  type TransactionSettings,
} from 'kysely';
import type { WriteLock } from './cluster-write-lock';

/**
 * SQLite with write transactions that take the write lock when they begin (`BEGIN IMMEDIATE`);
 * read-only ones (`setAccessMode('read only')`) stay deferred, a snapshot from their first read.
 * A deferred transaction reads first and asks for the lock at its first write: when another
 * process committed in between, SQLite refuses the upgrade at once (SQLITE_BUSY, no waiting) and
 * the write fails. With one process nothing changes (one connection runs one transaction at a
 * time); with several serving processes on one file (`TANDEM_WORKERS`), a write waits its turn
 * (busy_timeout) instead, or, given a `writeLock` (the cluster's, see ClusterWriteLock, or the
 * process's WriteGate, which the background checkpointer also takes), takes it before it begins
 * and gives it back when it ends.
 */
export class SqliteWriteLockDialect extends SqliteDialect {
  constructor(
    config: SqliteDialectConfig,
    private readonly writeLock: WriteLock | null = null,
  ) {
    super(config);
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const lock = this.writeLock;
    const locked = new WeakSet<DatabaseConnection>();
    const acquireConnection = driver.acquireConnection.bind(driver);
    const releaseConnection = driver.releaseConnection.bind(driver);
    driver.beginTransaction = async (connection: DatabaseConnection, settings: TransactionSettings) => {
      const write = settings.accessMode !== 'read only';
      if (write && lock) {
        if (!lock.tryAcquire?.()) {
          // the one connection is Kysely's to lend: a write waiting for the lock gives it back
          // meanwhile, so reads and read-only snapshots go on, and takes it again once it holds the lock
          await releaseConnection(connection);
          try {
            await lock.acquire();
          } finally {
            await acquireConnection();
          }
        }
        locked.add(connection);
      }
      try {
        await connection.executeQuery(CompiledQuery.raw(write ? 'begin immediate' : 'begin'));
      } catch (error) {
        releaseFor(connection);
        throw error;
      }
    };
    const releaseFor = (connection: DatabaseConnection) => {
      if (!locked.has(connection)) return;
      locked.delete(connection);
      lock?.release();
    };
    const commit = driver.commitTransaction.bind(driver);
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.commitTransaction = async (connection) => {
      try {
        await commit(connection);
      } finally {
        releaseFor(connection);
      }
    };
    driver.rollbackTransaction = async (connection) => {
      try {
        await rollback(connection);
      } finally {
        releaseFor(connection);
      }
    };
    return driver;
  }
}
