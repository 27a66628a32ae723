import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../db/create-database';
import { newId } from '../db/ids';
import { migrateToLatest } from '../db/migrate';
import { runHousekeeping } from './housekeeping';

describe('runHousekeeping', () => {
  let handle: DatabaseHandle;

  beforeEach(async () => {
    handle = createDatabase({ kind: 'sqlite', file: ':memory:' });
    await migrateToLatest(handle.db);
  });

  afterEach(async () => {
    await handle.close();
  });

  it('deletes expired sessions and stale login failures, keeping live ones', async () => {
    const now = Date.now();
    const userId = newId();
    const at = (offsetMs: number) => new Date(now + offsetMs).toISOString();
    await handle.db
      .insertInto('users')
      .values({
        id: userId,
        email: 'a@x.test',
        name: 'A',
        password_hash: 'x',
        created_at: at(0),
        updated_at: at(0),
      })
      .execute();
    const session = (token_hash: string, expires_at: string) => ({
      token_hash,
      user_id: userId,
      csrf_token: 'c',
      created_at: at(-1000),
      expires_at,
      last_seen_at: at(-1000),
      ip: '::1',
      user_agent: '',
    });
    await handle.db
      .insertInto('sessions')
      .values([session('old', at(-1)), session('live', at(60_000))])
      .execute();
    await handle.db
      .insertInto('login_failures')
      .values([
        { id: newId(), email: 'a@x.test', ip: '::1', failed_at: at(-60 * 60_000) },
        { id: newId(), email: 'a@x.test', ip: '::1', failed_at: at(-60_000) },
      ])
      .execute();

    expect(await runHousekeeping(handle.db, { maxFailures: 20, windowMs: 15 * 60_000 })).toBe(1);
    const sessions = await handle.db.selectFrom('sessions').select('token_hash').execute();
    expect(sessions.map((s) => s.token_hash)).toEqual(['live']);
    expect(await handle.db.selectFrom('login_failures').select('id').execute()).toHaveLength(1);
  });
});
