import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedBenchWorkspace } from '../../bench-seed/seed-bench';
import { describeEachDatabase } from '../../testing';
import { createDatabase, type DatabaseHandle } from '../create-database';
import type { Database } from '../database.types';
import { migrateToLatest } from '../migrate';
import { migrations } from './index';

const ANALYSIS = ['critical', 'total_slack', 'free_slack', 'late_start', 'late_finish'];

async function taskColumns(db: Kysely<Database>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return (tables.find((t) => t.name === 'tasks')?.columns ?? []).map((c) => c.name);
}

/** The workspace's task dates as stored, by id. */
function datesOf(db: Kysely<Database>, workspaceId: string) {
  return db
    .selectFrom('tasks')
    .select(['id', 'start', 'finish', 'duration'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
}

function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'tandem_migrations',
    migrationLockTableName: 'tandem_migrations_lock',
  });
}

describeEachDatabase('migration 0010 (the analysis is derived, not stored)', (database) => {
  let handle: DatabaseHandle;
  let workspaceId = '';
  beforeAll(async () => {
    handle = createDatabase(database.config);
    await migrateToLatest(handle.db);
    const seeded = await seedBenchWorkspace(handle.db, {
      email: 'migrations@tandem.local',
      password: 'a long enough password',
      projects: 1,
      tasksPerProject: 50,
      log: () => {},
    });
    workspaceId = seeded.workspaceId;
  });
  afterAll(async () => {
    await handle.close();
  });

  it('goes down with the analysis columns back at their defaults, and up again keeping the tasks', async () => {
    const db = handle.db;
    expect(await taskColumns(db)).not.toContain('critical');
    const before = await datesOf(db, workspaceId);
    expect(before.length).toBe(50);

    const down = await migrator(db).migrateTo('0009-notifications-and-lanes');
    expect(down.error).toBeUndefined();
    expect(down.results?.map((r) => [r.migrationName, r.direction, r.status])).toContainEqual([
      '0010-derived-analysis',
      'Down',
      'Success',
    ]);
    expect(await taskColumns(db)).toEqual(expect.arrayContaining(ANALYSIS));
    // every existing row holds the defaults until its project is rescheduled
    const restored = await sql<Record<string, unknown>>`
      select critical, total_slack, free_slack, late_start, late_finish from tasks
      where workspace_id = ${workspaceId}`.execute(db);
    expect(restored.rows.length).toBe(50);
    for (const row of restored.rows) {
      expect([Number(row.critical), Number(row.total_slack), Number(row.free_slack)]).toEqual([0, 0, 0]);
      expect([row.late_start, row.late_finish]).toEqual([null, null]);
    }

    expect((await migrateToLatest(db)).applied).toContain('0010-derived-analysis');
    for (const name of ANALYSIS) expect(await taskColumns(db)).not.toContain(name);
    const after = await datesOf(db, workspaceId);
    expect(after).toEqual(before);
  });
});
