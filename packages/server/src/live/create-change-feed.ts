import type { DatabaseHandle } from '../db/create-database';
import { type ChangeFeed, LocalChangeFeed } from './change-feed';
import { PostgresChangeFeed } from './postgres-change-feed';

/** A feed and how to release it. */
export interface OwnedChangeFeed {
  readonly feed: ChangeFeed;
  close(): Promise<void>;
}

/**
 * The change feed that fits the database: on PostgreSQL one that fans out through LISTEN/NOTIFY
 * (so every server process on the database sees every write), on SQLite the in-process feed (one
 * SQLite file serves one process).
 */
export async function createChangeFeed(
  database: DatabaseHandle,
  log: (message: string) => void,
): Promise<OwnedChangeFeed> {
  if (database.dialect === 'postgres' && database.postgresUrl) {
    const feed = await PostgresChangeFeed.start({ url: database.postgresUrl, log });
    return { feed, close: () => feed.close() };
  }
  return { feed: new LocalChangeFeed(), close: async () => {} };
}
