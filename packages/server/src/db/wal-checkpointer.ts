import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the background connection copies the write-ahead log into the database, ms. */
export const CHECKPOINT_INTERVAL_MS = 500;

/**
 * Log pages after which the serving connection still checkpoints itself (about 40 MB): a
 * backstop should the background thread stop, far above what it lets the log reach.
 */
export const BACKSTOP_CHECKPOINT_PAGES = 10_000;

/** Runs in the worker thread: a connection of its own that checkpoints on a timer (CommonJS). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
let failures = 0;
const timer = setInterval(() => {
  try {
    // PASSIVE: copies what no reader still needs, never waits for or blocks readers and writers
    db.pragma('wal_checkpoint(PASSIVE)');
    failures = 0;
  } catch (error) {
    if (failures++ === 0) parentPort.postMessage({ warning: String(error && error.message) });
  }
}, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** A background checkpointer; stop it before closing the database. */
export interface WalCheckpointer {
  stop(): Promise<void>;
}

/**
 * Moves SQLite's write-ahead-log checkpoints off the serving thread. By default the connection
 * that commits the 1,000th log page copies the log into the database and syncs it to disk inside
 * that commit, which blocks the event loop for tens to hundreds of ms on a busy disk (the worst
 * answers of the API under load). Here a worker thread with its own connection checkpoints every
 * `intervalMs` (PASSIVE: readers and writers go on meanwhile), and the serving connection only
 * checkpoints past `BACKSTOP_CHECKPOINT_PAGES`. `setBackstop` applies that limit to the serving
 * connection (`PRAGMA wal_autocheckpoint`); warnings (a checkpoint that failed) go to `warn`.
 * On by default; `TANDEM_SQLITE_CHECKPOINTS=inline` turns it off.
 */
export function startWalCheckpointer(
  file: string,
  setBackstop: (pages: number) => void,
  warn: (line: string) => void,
  intervalMs = CHECKPOINT_INTERVAL_MS,
): WalCheckpointer {
  const driverPath = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driverPath, intervalMs } });
  worker.on('message', (message: { warning?: string }) => {
    if (message.warning) warn(`SQLite background checkpoint failed: ${message.warning}`);
  });
  worker.on('error', (error) => warn(`SQLite checkpoint thread stopped: ${error.message}`));
  // the worker must not keep a process alive that is otherwise done
  worker.unref();
  setBackstop(BACKSTOP_CHECKPOINT_PAGES);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      worker.postMessage('stop');
      await exited;
    },
  };
}
