import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startWalCheckpointer } from './wal-checkpointer';
import { WriteGate } from './write-gate';

/** 2,000 commits of two pages a second: the log grows by some 16 MB a second. */
const COMMIT_EVERY_MS = 0.5;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * Commits about two pages at a time, through the gate, in bursts that keep the thread busy (as a
 * loaded server is), for `ms`; returns the log file's size in pages at the end and the pages
 * written.
 */
async function steadyWrites(restartPages: number, ms: number, heldSnapshot = false) {
  const folder = mkdtempSync(join(tmpdir(), 'tandem-wal-restart-'));
  folders.push(folder);
  const file = join(folder, 'tandem.db');
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.exec('create table blobs (id integer primary key, body text not null)');
  const gate = new WriteGate();
  // another connection's read snapshot, open throughout: no restart can finish
  const reader = heldSnapshot ? new SqliteDatabase(file) : null;
  if (reader) {
    reader.exec('begin');
    reader.prepare('select count(*) from blobs').get();
  }
  const warnings: string[] = [];
  let restartsTried = 0;
  /** The checkpointer's steps, and `lock` where it took the write lock. */
  const steps: string[] = [];
  const checkpointer = startWalCheckpointer(file, {
    setBackstop: (pages) => sqlite.pragma(`wal_autocheckpoint = ${pages}`),
    // the checkpointer's own view of the gate: it takes it only to restart the log
    writeLock: {
      acquire: () => {
        restartsTried++;
        steps.push('lock');
        return gate.acquire();
      },
      release: () => gate.release(),
    },
    warn: (line) => warnings.push(line),
    intervalMs: 10,
    restartPages,
    onStep: (step) => steps.push(step),
  });
  const insert = sqlite.prepare('insert into blobs (body) values (?)');
  const body = 'x'.repeat(5000);
  let commits = 0;
  const started = performance.now();
  while (performance.now() < started + ms) {
    if (!gate.tryAcquire()) await gate.acquire();
    try {
      insert.run(body);
    } finally {
      gate.release();
    }
    commits++;
    // a commit every COMMIT_EVERY_MS, the thread kept busy in between (a loaded server has no idle
    // moment for a checkpoint to finish in), and a turn of the event loop now and then for the
    // checkpointer's answers
    while (performance.now() < started + commits * COMMIT_EVERY_MS) {}
    if (commits % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await checkpointer.stop();
  const logPages = statSync(`${file}-wal`).size / 4096;
  reader?.close();
  sqlite.close();
  return { logPages, pagesWritten: commits * 2, warnings, restartsTried, steps };
}

describe('background checkpoints under steady writes', () => {
  it('start the log over once it passes the restart size, so it stays small', async () => {
    const { logPages, pagesWritten, warnings } = await steadyWrites(256, 2000);
    expect(warnings).toEqual([]);
    expect(pagesWritten).toBeGreaterThan(6000);
    // without restarts the log would hold every page written (below the backstop's 10,000)
    expect(logPages).toBeLessThan(5000);
  });

  it('flush the database file before they hold writes for a restart', async () => {
    const { steps } = await steadyWrites(256, 1000);
    const locks = steps.flatMap((step, i) => (step === 'lock' ? [i] : []));
    expect(locks.length).toBeGreaterThan(0);
    // what passive rounds copied is synced first: the restart then syncs only the last pages
    // (a restart still running when the checkpointer stops never answers)
    for (const i of locks) expect(steps.slice(i - 2, i + 1)).toEqual(['passive', 'sync', 'lock']);
    expect(steps.filter((step) => step === 'restart').length).toBeGreaterThanOrEqual(locks.length - 1);
  });

  it('back off when readers keep the log, instead of holding writes every round', async () => {
    const { restartsTried, warnings } = await steadyWrites(256, 2000, true);
    // each try holds writes for the 100 ms busy timeout: tried on every round that is ~19 tries in
    // 2 s here; backing off 2, 4 … 32 rounds after each that gave up leaves about 7
    expect(restartsTried).toBeGreaterThan(0);
    expect(restartsTried).toBeLessThan(12);
    expect(warnings.join('\n')).toMatch(/gave up 5 times/);
  });
});
