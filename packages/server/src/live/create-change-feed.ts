import cluster from 'node:cluster';
import type { DatabaseHandle } from '../db/create-database';
import { type ChangeFeed, LocalChangeFeed } from './change-feed';
import { ClusterChangeFeed, workerChannel } from './cluster-change-feed';
import { PostgresChangeFeed } from './postgres-change-feed';

/** A feed and how to release it. */
export interface OwnedChangeFeed {
  readonly feed: ChangeFeed;
  close(): Promise<void>;
}

/**
 * The change feed that fits the database: on PostgreSQL one that fans out through LISTEN/NOTIFY
 * (so every server process on the database sees every write), on SQLite the in-process feed, or
 * in a cluster worker (`TANDEM_WORKERS`) one relayed to the other workers through the primary.
 */
export async function createChangeFeed(
  database: DatabaseHandle,
  log: (message: string) => void,
): Promise<OwnedChangeFeed> {
  if (database.dialect === 'postgres' && database.postgresUrl) {
    const feed = await PostgresChangeFeed.start({ url: database.postgresUrl, log });
    return { feed, close: () => feed.close() };
  }
  if (cluster.isWorker) {
    // one of several processes serving one SQLite file: changes travel through the primary
    const feed = new ClusterChangeFeed(workerChannel());
    return { feed, close: async () => feed.close() };
  }
  return { feed: new LocalChangeFeed(), close: async () => {} };
}
