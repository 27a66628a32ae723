import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { WriteLock } from './cluster-write-lock';
import { createDatabase, type DatabaseHandle } from './create-database';
import { WriteGate } from './write-gate';

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
    // the create table, a write outside a transaction, took it too
    expect(events).toEqual(['acquire', 'release', 'acquire', 'inside', 'release', 'acquire', 'release']);
    expect((await sql<{ n: number }>`select count(*) as n from t`.execute(db)).rows[0].n).toBe(1);
  });

  it('lends the connection to reads while a write waits for the lock', async () => {
    const gate = new WriteGate();
    const db = open(gate);
    await sql`create table t (x integer)`.execute(db);
    // someone else (the checkpointer) holds the lock
    expect(gate.tryAcquire()).toBe(true);
    let written = false;
    const write = db.transaction().execute(async (trx) => {
      await sql`insert into t values (1)`.execute(trx);
      written = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(gate.queued).toBe(1);
    // the waiting write does not keep the one connection: reads and snapshots answer
    expect((await sql<{ n: number }>`select count(*) as n from t`.execute(db)).rows[0].n).toBe(0);
    const snapshot = await db
      .transaction()
      .setAccessMode('read only')
      .execute((trx) => sql<{ n: number }>`select count(*) as n from t`.execute(trx));
    expect(snapshot.rows[0].n).toBe(0);
    expect(written).toBe(false);
    gate.release();
    await write;
    expect((await sql<{ n: number }>`select count(*) as n from t`.execute(db)).rows[0].n).toBe(1);
    // and the lock was given back after the commit
    expect(gate.tryAcquire()).toBe(true);
  });

  it('has a write outside a transaction take the lock too, and a read not', async () => {
    const gate = new WriteGate();
    const db = open(gate);
    await sql`create table t (x integer)`.execute(db);
    expect(gate.tryAcquire()).toBe(true);
    let written = false;
    const write = sql`insert into t values (1)`.execute(db).then(() => {
      written = true;
    });
    // it waits as a promise (timers run), holding the connection: a read queues behind it
    const read = sql<{ x: number }>`select x from t`.execute(db);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(written).toBe(false);
    expect(gate.queued).toBe(1);
    gate.release();
    await write;
    expect(written).toBe(true);
    expect((await read).rows).toHaveLength(1);
    // given back after the insert; a read outside a transaction never asks for it
    expect(gate.tryAcquire()).toBe(true);
    expect((await sql<{ x: number }>`select x from t`.execute(db)).rows).toHaveLength(1);
    // a schema change is a write too
    const created = db.schema.createTable('u').addColumn('x', 'integer').execute();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(gate.queued).toBe(1);
    gate.release();
    await created;
    expect(gate.tryAcquire()).toBe(true);
    gate.release();
  });
});
