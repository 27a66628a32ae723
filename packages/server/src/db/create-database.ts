import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { WriteLock } from './cluster-write-lock';
import type { Database } from './database.types';
import { SqliteWriteLockDialect } from './sqlite-write-lock-dialect';
import { withStatementCache } from './statement-cache';
import { startWalCheckpointer } from './wal-checkpointer';
import { WriteGate } from './write-gate';

/**
 * When SQLite makes a commit durable (its `synchronous` setting, in WAL mode): `normal` syncs the
 * log at checkpoints only, so a commit survives a crash of the process but the last ones before a
 * power loss or OS crash may roll back (the file stays consistent); `full` syncs the log at every
 * commit, which serialises every write behind a disk flush (1–10 ms here, with the event loop
 * blocked meanwhile).
 */
export type SqliteSync = 'normal' | 'full';

/** Where the data lives: an embedded SQLite file (or `:memory:`), or a PostgreSQL server. */
export type DatabaseConfig =
  | {
      kind: 'sqlite';
      file: string;
      synchronous?: SqliteSync;
      /**
       * Checkpoint the write-ahead log from a background thread (see startWalCheckpointer), not
       * inside whichever commit fills it: for a serving process. Off by default (tests, tools).
       * Write transactions then take `writeLock`, or a WriteGate of the process's own.
       */
      backgroundCheckpoints?: boolean;
      /** Taken around every write transaction: the cluster's, in a `TANDEM_WORKERS` worker. */
      writeLock?: WriteLock;
    }
  | { kind: 'postgres'; url: string };

/**
 * The dialect port: everything that differs between SQLite and PostgreSQL stays behind this
 * handle, so repositories are written once against `db`.
 */
export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: 'sqlite' | 'postgres';
  /** PostgreSQL's connection string (live updates LISTEN on a connection of their own). */
  readonly postgresUrl?: string;
  /** Closes the connection (SQLite) or drains the pool (PostgreSQL). */
  close(): Promise<void>;
}

/** Milliseconds a SQLite writer waits for another process's lock before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Opens the database described by `config` (creating the SQLite file and its folder if needed). */
export function createDatabase(config: DatabaseConfig): DatabaseHandle {
  return config.kind === 'sqlite'
    ? openSqlite(
        config.file,
        config.synchronous ?? 'normal',
        config.backgroundCheckpoints ?? false,
        config.writeLock ?? null,
      )
    : openPostgres(config.url);
}

function openSqlite(
  file: string,
  synchronous: SqliteSync,
  backgroundCheckpoints: boolean,
  writeLock: WriteLock | null,
): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(file);
  } catch (error) {
    throw new Error(`cannot open the SQLite database "${file}": ${(error as Error).message}`);
  }
  const wal = file !== ':memory:';
  if (wal) sqlite.pragma('journal_mode = WAL');
  // NORMAL is safe only with the write-ahead log: a rollback journal needs FULL to stay consistent
  sqlite.pragma(`synchronous = ${wal && synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  // SQLite's default page cache is 2 MB: a workspace of 100,000 tasks is some 130 MB, so most page
  // reads of a busy server were system calls. A 64 MB cache, and reads through a memory map (pages
  // the operating system caches anyway, not process memory), keep them in user space.
  sqlite.pragma('cache_size = -65536');
  if (wal) sqlite.pragma('mmap_size = 1073741824');
  // the background checkpointer holds writes while it restarts the log: every write transaction
  // takes a lock, the cluster's or this process's own
  const lock = wal && backgroundCheckpoints ? (writeLock ?? new WriteGate()) : writeLock;
  const checkpointer =
    wal && backgroundCheckpoints && lock
      ? startWalCheckpointer(file, {
          setBackstop: (pages) => sqlite.pragma(`wal_autocheckpoint = ${pages}`),
          writeLock: lock,
          warn: (line) => console.warn(line),
        })
      : null;
  const db = new Kysely<Database>({
    dialect: new SqliteWriteLockDialect({ database: withStatementCache(sqlite) }, lock),
  });
  return {
    db,
    dialect: 'sqlite',
    close: async () => {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

function openPostgres(url: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // an idle client losing its server must not crash the process; the next query reports it
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    postgresUrl: url,
    close: () => db.destroy(),
  };
}
