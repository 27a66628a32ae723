import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { createDatabase, type DatabaseHandle } from './create-database';
import { migrateToLatest } from './migrate';
import { preparedQuery } from './prepared-query';

describeEachDatabase('preparedQuery', (database) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = createDatabase(database.config);
    await migrateToLatest(handle.db);
    await handle.db
      .insertInto('users')
      .values(
        ['ada', 'bob', 'cy'].map((name) => ({
          id: `user-${name}`,
          email: `${name}@example.com`,
          name,
          password_hash: 'x',
          created_at: '2026-01-01T00:00:00.000Z',
          updated_at: '2026-01-01T00:00:00.000Z',
        })),
      )
      .execute();
  });

  afterAll(async () => {
    await handle?.db.destroy();
  });

  const byEmail = preparedQuery((db, email: string, name: string) =>
    db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('email', '=', email)
      .where('name', '<>', name)
      .limit(5),
  );

  it('binds each call its own arguments, constants included', async () => {
    expect(await byEmail(handle.db, 'ada@example.com', 'zed')).toEqual([{ id: 'user-ada', name: 'ada' }]);
    expect(await byEmail(handle.db, 'bob@example.com', 'zed')).toEqual([{ id: 'user-bob', name: 'bob' }]);
    expect(await byEmail(handle.db, 'bob@example.com', 'bob')).toEqual([]);
  });

  it('runs inside a transaction and sees its writes', async () => {
    await handle.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ email: 'cy@new.example' }).where('id', '=', 'user-cy').execute();
      expect(await byEmail(trx, 'cy@new.example', 'zed')).toEqual([{ id: 'user-cy', name: 'cy' }]);
    });
  });

  it('refuses a query that does not bind each argument exactly once', async () => {
    const unused = preparedQuery((db, _email: string) =>
      db.selectFrom('users').select('id').where('name', '=', 'ada'),
    );
    await expect(unused(handle.db, 'x')).rejects.toThrow(/argument 0 is not a parameter/);
    const twice = preparedQuery((db, name: string) =>
      db.selectFrom('users').select('id').where('name', '=', name).where('email', '<>', name),
    );
    await expect(twice(handle.db, 'x')).rejects.toThrow(/argument 0 is 2 parameters/);
  });
});
