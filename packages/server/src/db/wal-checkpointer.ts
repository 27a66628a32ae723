import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { WriteLock } from './cluster-write-lock';

/** How often the background connection copies the write-ahead log into the database, ms. */
export const CHECKPOINT_INTERVAL_MS = 500;

/**
 * Log pages (about 16 MB) past which a round also restarts the log from its beginning, holding
 * writes meanwhile (see startWalCheckpointer).
 */
export const RESTART_CHECKPOINT_PAGES = 4096;

/**
 * Log pages after which the serving connection still checkpoints itself (about 40 MB): a
 * backstop should the background thread stop, above where the thread restarts the log.
 */
export const BACKSTOP_CHECKPOINT_PAGES = 10_000;

/**
 * How long a restart waits for readers still on the log, ms: writes are held that long at most;
 * a restart that gives up is tried again next round.
 */
const RESTART_BUSY_TIMEOUT_MS = 100;

/** Runs in the worker thread: a connection of its own that checkpoints when asked (CommonJS). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { closeSync, fsyncSync, openSync } = require('node:fs');
const Database = require(workerData.driverPath);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = ' + workerData.busyTimeoutMs);
// the database file, to flush what checkpoints copied into it (opened for writing, as some
// systems want for a sync; nothing is written through it)
const file = openSync(workerData.file, 'r+');
parentPort.on('message', (message) => {
  if (message === 'stop') {
    db.close();
    closeSync(file);
    parentPort.close();
    return;
  }
  try {
    if (message.mode === 'sync') {
      fsyncSync(file);
      parentPort.postMessage({ id: message.id });
      return;
    }
    const [row] = db.pragma('wal_checkpoint(' + (message.mode === 'restart' ? 'RESTART' : 'PASSIVE') + ')');
    parentPort.postMessage({ id: message.id, busy: row.busy, log: row.log, checkpointed: row.checkpointed });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: String(error && error.message) });
  }
});
`;

/** What the thread answers: SQLite's `wal_checkpoint` row, or why it failed. */
interface CheckpointReply {
  readonly id: number;
  /** 1 when a RESTART gave up waiting for readers. */
  readonly busy?: number;
  /** Pages in the log when the checkpoint ran. */
  readonly log?: number;
  /** Of those, the pages now in the database file. */
  readonly checkpointed?: number;
  readonly error?: string;
}

/** A background checkpointer; stop it before closing the database. */
export interface WalCheckpointer {
  stop(): Promise<void>;
}

export interface WalCheckpointerOptions {
  /** Applies the backstop to the serving connection (`PRAGMA wal_autocheckpoint`). */
  readonly setBackstop: (pages: number) => void;
  /** The lock every write transaction of this process takes (see WriteGate, ClusterWriteLock). */
  readonly writeLock: WriteLock;
  readonly warn: (line: string) => void;
  readonly intervalMs?: number;
  readonly restartPages?: number;
  /** Told of each step the thread has done, as its answer arrives (tests and diagnostics). */
  readonly onStep?: (step: 'passive' | 'sync' | 'restart') => void;
}

/**
 * Moves SQLite's write-ahead-log checkpoints off the serving thread. By default the connection
 * that commits the 1,000th log page copies the log into the database and syncs it to disk inside
 * that commit, which blocks the event loop for tens of ms (the worst answers of the API under
 * load). Here a worker thread with its own connection checkpoints every `intervalMs`: PASSIVE,
 * so readers and writers go on meanwhile.
 *
 * PASSIVE alone never shortens the log: a writer starts the log over only when it finds every
 * frame copied, and under steady writes new frames always arrive while a checkpoint runs. The log
 * then grew to the serving connection's backstop, whose checkpoint ran inside a commit with two
 * disk syncs (30–50 ms with the event loop blocked, every few seconds under load). So once the
 * log passes `restartPages`, the round flushes the database file, takes the write lock (writes
 * queue as promises; reads go on), checkpoints what came in since (RESTART: all of it, then waits
 * for readers to leave the log) and lets writes go again: the next one starts the log from its
 * beginning.
 */
export function startWalCheckpointer(file: string, options: WalCheckpointerOptions): WalCheckpointer {
  const { writeLock, warn } = options;
  const intervalMs = options.intervalMs ?? CHECKPOINT_INTERVAL_MS;
  const restartPages = options.restartPages ?? RESTART_CHECKPOINT_PAGES;
  const driverPath = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driverPath, busyTimeoutMs: RESTART_BUSY_TIMEOUT_MS },
  });
  // the worker must not keep a process alive that is otherwise done
  worker.unref();

  let nextId = 1;
  const pending = new Map<number, (reply: CheckpointReply) => void>();
  let gone: string | null = null;
  const settleAll = (error: string) => {
    gone ??= error;
    for (const [id, resolve] of pending) resolve({ id, error });
    pending.clear();
  };
  worker.on('message', (reply: CheckpointReply) => {
    const resolve = pending.get(reply.id);
    pending.delete(reply.id);
    resolve?.(reply);
  });
  worker.on('error', (error) => {
    warn(`SQLite checkpoint thread stopped: ${error.message}`);
    settleAll(error.message);
  });
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      // a thread that is gone answers nothing: a round waiting on it (holding writes) must end
      settleAll('the checkpoint thread exited');
      resolve();
    }),
  );
  const ask = (mode: 'passive' | 'sync' | 'restart'): Promise<CheckpointReply> => {
    const id = nextId++;
    if (gone) return Promise.resolve({ id, error: gone });
    return new Promise((resolve) => {
      pending.set(id, (reply) => {
        if (!reply.error) options.onStep?.(mode);
        resolve(reply);
      });
      worker.postMessage({ id, mode });
    });
  };

  let failures = 0;
  const noteFailure = (error: string) => {
    if (failures++ === 0) warn(`SQLite background checkpoint failed: ${error}`);
  };
  // a restart that found readers still on the log (a read snapshot held across awaits) gave up
  // after holding writes for its busy timeout: the next tries wait 2, 4 … 32 rounds
  let restartsGivenUp = 0;
  let lastLog = -1;
  let roundsToSkip = 0;
  let stopping = false;
  const round = async () => {
    const passive = await ask('passive');
    if (passive.error) return noteFailure(passive.error);
    failures = 0;
    const log = passive.log ?? 0;
    // no page written since the last round, and every page copied: the next write starts the log
    // over by itself (under steady writes a PASSIVE copies all it saw, but more keep coming)
    const idle = log === lastLog && passive.checkpointed === log;
    lastLog = log;
    if (stopping || log < restartPages || idle) return;
    if (roundsToSkip > 0) {
      roundsToSkip--;
      return;
    }
    // PASSIVE rounds sync the database file only when they reach the log's end, which under
    // steady writes they never do: the restart then flushed seconds of copied pages (20–45 ms)
    // while it held the writes. Flushed first, the restart syncs only the last few.
    const synced = await ask('sync');
    // the restart syncs anyway, only for longer
    if (synced.error) noteFailure(synced.error);
    await writeLock.acquire();
    try {
      if (stopping) return;
      const restart = await ask('restart');
      if (restart.error) return noteFailure(restart.error);
      if (restart.busy) {
        restartsGivenUp++;
        roundsToSkip = 2 ** Math.min(restartsGivenUp, 5);
        if (restartsGivenUp === 5)
          warn(`SQLite log restart gave up 5 times in a row (readers on the log); it is ${log} pages`);
      } else {
        restartsGivenUp = 0;
      }
    } finally {
      writeLock.release();
    }
  };
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    // a round that outlasts the interval (a slow disk) is not overlapped by the next
    if (running || gone) return;
    running = round()
      .catch((error: unknown) => noteFailure(error instanceof Error ? error.message : String(error)))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  options.setBackstop(BACKSTOP_CHECKPOINT_PAGES);

  return {
    async stop() {
      stopping = true;
      clearInterval(timer);
      await running;
      if (!gone) worker.postMessage('stop');
      await exited;
    },
  };
}
