import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { WriteLock } from './cluster-write-lock';
import { createDatabase, type DatabaseHandle } from './create-database';

describe('SQLite write transactions with a write lock', () => {
  let handle: DatabaseHandle | null = null;
  let dir = '';
  afterEach(async () => {
    await handle?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function open(lock: WriteLock) {
    dir = mkdtempSync(join(tmpdir(), 'tandem-lock-'));
    handle = createDatabase({ kind: 'sqlite', file: join(dir, 't.db'), writeLock: lock });
    return handle.db;
  }

  it('takes the lock before a write transaction begins and gives it back when it ends', async () => {
    const events: string[] = [];
    const db = open({
      acquire: async () => {
        events.push('acquire');
      },
      release: () => events.push('release'),
    });
    await sql`create table t (x integer)`.execute(db);
    await db.transaction().execute(async (trx) => {
      events.push('inside');
      await sql`insert into t values (1)`.execute(trx);
    });
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`insert into t values (2)`.execute(trx);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // a read-only transaction takes no lock
    await db
      .transaction()
      .setAccessMode('read only')
      .execute((trx) => sql`select x from t`.execute(trx));
    expect(events).toEqual(['acquire', 'inside', 'release', 'acquire', 'release']);
    expect((await sql<{ n: number }>`select count(*) as n from t`.execute(db)).rows[0].n).toBe(1);
  });
});
