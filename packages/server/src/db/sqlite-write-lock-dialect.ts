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
    /** Connections (as Kysely holds them) with a transaction open. */
    const open = new WeakSet<DatabaseConnection>();
    const acquireConnection = driver.acquireConnection.bind(driver);
    const releaseConnection = driver.releaseConnection.bind(driver);
    if (lock) {
      // SQLite's driver lends its one connection: one guard wraps it
      let guard: DatabaseConnection | null = null;
      driver.acquireConnection = async () => {
        const connection = await acquireConnection();
        guard ??= guardWrites(connection, lock, (c) => open.has(c));
        return guard;
      };
    }
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
      open.add(connection);
    };
    const releaseFor = (connection: DatabaseConnection) => {
      open.delete(connection);
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

const WRITE_NODES = new Set([
  'InsertQueryNode',
  'UpdateQueryNode',
  'DeleteQueryNode',
  'MergeQueryNode',
  'CreateTableNode',
  'AlterTableNode',
  'DropTableNode',
  'CreateIndexNode',
  'DropIndexNode',
  'CreateViewNode',
  'DropViewNode',
]);

/** Statements that read, or drive a transaction: the rest of raw SQL counts as a write. */
const NOT_A_WRITE = /^\s*(select|pragma|explain|begin|commit|end|rollback|savepoint|release)\b/i;

function isWrite(query: CompiledQuery): boolean {
  const kind = query.query?.kind;
  if (kind !== undefined && kind !== 'RawNode') return WRITE_NODES.has(kind);
  return !NOT_A_WRITE.test(query.sql);
}

/**
 * The connection, with each write run outside a transaction (a session touched, a login failure
 * recorded) taking `lock` around it: otherwise it would meet the checkpointer's RESTART inside
 * SQLite, whose busy handler sleeps the whole thread. It waits for the lock holding the connection
 * (reads wait too, as promises); writes in transactions take the lock when they begin.
 */
function guardWrites(
  connection: DatabaseConnection,
  lock: WriteLock,
  inTransaction: (connection: DatabaseConnection) => boolean,
): DatabaseConnection {
  const guard: DatabaseConnection = {
    async executeQuery(query) {
      if (inTransaction(guard) || !isWrite(query)) return connection.executeQuery(query);
      if (!lock.tryAcquire?.()) await lock.acquire();
      try {
        return await connection.executeQuery(query);
      } finally {
        lock.release();
      }
    },
    streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
  };
  return guard;
}
