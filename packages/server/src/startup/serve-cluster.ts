import cluster, { type Worker } from 'node:cluster';
import { isWriteLockMessage, WriteLockQueue } from '../db/cluster-write-lock';
import { isClusterChange } from '../live/cluster-change-feed';
import { isPlanEditMessage } from '../scheduling/plan-edit-message';

/** Milliseconds the primary waits for its workers to listen before giving up. */
const LISTEN_TIMEOUT_MS = 120_000;

/**
 * The cluster primary of `tandem serve` with `TANDEM_WORKERS` > 1: forks `workers` serving
 * processes (this same entry point, run as workers) that share the port, relays each worker's
 * committed changes (ClusterChangeFeed) and plan edits (plan-replication.ts) to the others, forks a replacement for a worker that dies,
 * and on SIGTERM/SIGINT stops them all and exits. Resolves with the port once every worker
 * listens. The caller migrates and seeds the database first: workers only serve.
 */
export function runClusterPrimary(workers: number, log: (line: string) => void): Promise<number> {
  let stopping = false;
  const listening = new Set<number>();
  // the workers' write transactions take turns here (ClusterWriteLock)
  const writeLock = new WriteLockQueue((id, message) => {
    const worker = cluster.workers?.[id];
    if (worker?.isConnected()) worker.send(message);
    else writeLock.forget(id);
  });
  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('message', (message: unknown) => {
      if (isWriteLockMessage(message)) {
        writeLock.receive(worker.id, message);
        return;
      }
      if (!isClusterChange(message) && !isPlanEditMessage(message)) return;
      for (const other of Object.values(cluster.workers ?? {})) {
        if (other && other.id !== worker.id && other.isConnected()) other.send(message);
      }
    });
    return worker;
  };
  cluster.on('exit', (worker, code, signal) => {
    listening.delete(worker.id);
    writeLock.forget(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    log(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    fork();
  });
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping ${Object.keys(cluster.workers ?? {}).length} workers`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the ${workers} workers did not all listen within ${LISTEN_TIMEOUT_MS} ms`)),
      LISTEN_TIMEOUT_MS,
    );
    cluster.on('listening', (worker, address) => {
      listening.add(worker.id);
      if (listening.size < workers) return;
      clearTimeout(timer);
      resolve(address.port);
    });
    for (let i = 0; i < workers; i++) fork();
  });
}
