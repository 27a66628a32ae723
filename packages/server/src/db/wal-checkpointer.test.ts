import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from './create-database';
import { BACKSTOP_CHECKPOINT_PAGES, CHECKPOINT_INTERVAL_MS } from './wal-checkpointer';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Opens a fresh SQLite file and writes about 3 MB in small commits (below any autocheckpoint). */
async function writeSome(backgroundCheckpoints: boolean): Promise<{ handle: DatabaseHandle; file: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'tandem-wal-'));
  folders.push(folder);
  const file = join(folder, 'tandem.db');
  const handle = createDatabase({ kind: 'sqlite', file, backgroundCheckpoints });
  await sql`create table blobs (id integer primary key, body text not null)`.execute(handle.db);
  for (let i = 0; i < 30; i++) {
    await sql`insert into blobs (body) values (${'x'.repeat(100_000)})`.execute(handle.db);
  }
  return { handle, file };
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_INTERVAL_MS * 4));
}

describe('background WAL checkpoints', () => {
  it('copies committed pages into the database file without the serving connection doing it', async () => {
    const { handle, file } = await writeSome(true);
    try {
      await settle();
      // the pages left the log for the database file, and the serving connection's own limit is the backstop
      expect(statSync(file).size).toBeGreaterThan(3_000_000);
      const [limit] = (
        await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(handle.db)
      ).rows;
      expect(limit.wal_autocheckpoint).toBe(BACKSTOP_CHECKPOINT_PAGES);
    } finally {
      await handle.close();
    }
  });

  it('leaves the pages in the log when off (the log holds them until 1,000 pages)', async () => {
    const { handle, file } = await writeSome(false);
    try {
      await settle();
      expect(statSync(file).size).toBeLessThan(1_000_000);
    } finally {
      await handle.close();
    }
  });

  it('stops its thread on close, so the database can be opened and closed again', async () => {
    const { handle, file } = await writeSome(true);
    await handle.close();
    const again = createDatabase({ kind: 'sqlite', file, backgroundCheckpoints: true });
    const [row] = (await sql<{ n: number }>`select count(*) as n from blobs`.execute(again.db)).rows;
    expect(row.n).toBe(30);
    await again.close();
  });
});
