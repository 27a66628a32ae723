import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { createDatabase, type DatabaseHandle } from './create-database';
import { migrateToLatest } from './migrate';
import { readSnapshot } from './read-snapshot';

const workspace = (id: string) => ({
  workspace_id: id,
  name: id,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
});

describeEachDatabase('readSnapshot', (database) => {
  let reader: DatabaseHandle;
  /** Another connection, as another serving process or another request's would be. */
  let writer: DatabaseHandle;

  beforeAll(async () => {
    reader = createDatabase(database.config);
    await migrateToLatest(reader.db);
    writer = createDatabase(database.config);
    await writer.db.insertInto('workspaces').values(workspace('w1')).execute();
  });

  afterAll(async () => {
    await reader?.db.destroy();
    await writer?.db.destroy();
  });

  const count = async (db: DatabaseHandle['db']) =>
    Number(
      (
        await db
          .selectFrom('workspaces')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('reads one snapshot while another connection commits', async () => {
    const seen = await readSnapshot(reader.db, async (trx) => {
      const before = await count(trx);
      await writer.db.insertInto('workspaces').values(workspace('w2')).execute();
      return [before, await count(trx)];
    });
    expect(seen).toEqual([1, 1]);
    // outside it, each read sees what was committed
    expect(await count(reader.db)).toBe(2);
  });

  // SQLite has no read-only transactions: there, not writing is the caller's part
  it.runIf(database.name === 'postgres')('refuses to write on PostgreSQL', async () => {
    await expect(
      readSnapshot(reader.db, (trx) => trx.insertInto('workspaces').values(workspace('w3')).execute()),
    ).rejects.toThrow(/read[- ]only|readonly/i);
    expect(await count(reader.db)).toBe(2);
  });
});
