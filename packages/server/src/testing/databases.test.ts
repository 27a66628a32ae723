import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createDatabase } from '../db/create-database';
import { createTestDatabase, describeEachDatabase } from './databases';

describeEachDatabase('test databases', (database) => {
  it('opens a database of the dialect named in the suite', async () => {
    const handle = createDatabase(database.config);
    try {
      expect(handle.dialect).toBe(database.name);
      const result = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
      expect(Number(result.rows[0].one)).toBe(1);
    } finally {
      await handle.close();
    }
  });

  it('starts empty and is not shared with another test database', async () => {
    const other = await createTestDatabase(database.name);
    const mine = createDatabase(database.config);
    const theirs = createDatabase(other.config);
    try {
      expect(await mine.db.introspection.getTables()).toEqual([]);
      await sql`create table marker (id integer)`.execute(mine.db);
      expect((await mine.db.introspection.getTables()).map((t) => t.name)).toEqual(['marker']);
      expect(await theirs.db.introspection.getTables()).toEqual([]);
    } finally {
      await mine.close();
      await theirs.close();
      await other.drop();
    }
  });
});
