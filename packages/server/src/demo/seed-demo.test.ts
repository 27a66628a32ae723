import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyPassword } from '../auth/passwords';
import { createDatabase, type DatabaseHandle } from '../db/create-database';
import type { Database } from '../db/database.types';
import { migrateToLatest } from '../db/migrate';
import { ProjectScheduler } from '../scheduling/project-schedule.service';
import { describeEachDatabase } from '../testing/databases';
import { DEMO_OWNER_EMAIL, seedDemo } from './index';

const PASSWORD = 'demo password for tests';
const NOW = new Date('2026-11-25T13:30:00Z'); // a Wednesday

async function countRows(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['users', 'workspaces', 'memberships', 'projects', 'tasks', 'links'] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

describeEachDatabase('demo seed', (database) => {
  let handle: DatabaseHandle;
  const lines: string[] = [];

  beforeAll(async () => {
    handle = createDatabase(database.config);
    await migrateToLatest(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('writes nothing when a step fails half-way (one transaction)', async () => {
    let calls = 0;
    const failingSecondTime = new ProjectScheduler(() => {
      calls += 1;
      throw new Error('scheduler exploded');
    });
    await expect(
      seedDemo(handle.db, { password: PASSWORD, log: () => {}, now: NOW, scheduler: failingSecondTime }),
    ).rejects.toThrow('scheduler exploded');
    expect(calls).toBe(1);
    expect(await countRows(handle.db)).toEqual({
      users: 0,
      workspaces: 0,
      memberships: 0,
      projects: 0,
      tasks: 0,
      links: 0,
    });
  });

  it('seeds Northwind Labs: five people with roles, two projects, 140+ tasks with dependencies', async () => {
    const result = await seedDemo(handle.db, {
      password: PASSWORD,
      log: (line) => lines.push(line),
      now: NOW,
    });
    expect(result.email).toBe(DEMO_OWNER_EMAIL);
    const counts = await countRows(handle.db);
    expect(counts).toMatchObject({ users: 5, workspaces: 1, memberships: 5, projects: 2 });
    expect(counts.tasks).toBeGreaterThanOrEqual(110);
    expect(counts.links).toBeGreaterThanOrEqual(counts.tasks);
    const roles = await handle.db
      .selectFrom('memberships')
      .select('role')
      .where('workspace_id', '=', result.workspaceId)
      .execute();
    expect(roles.map((r) => r.role).sort()).toEqual(['admin', 'member', 'member', 'owner', 'viewer']);
    expect(lines.join('\n')).toContain('Aurora 2.0 launch');
  });

  it('gives the demo owner the password and the owner role', async () => {
    const owner = await handle.db
      .selectFrom('users')
      .innerJoin('memberships', 'memberships.user_id', 'users.id')
      .select(['users.password_hash', 'users.name', 'memberships.role'])
      .where('users.email', '=', DEMO_OWNER_EMAIL)
      .executeTakeFirstOrThrow();
    expect(owner).toMatchObject({ name: 'Demo User', role: 'owner' });
    expect(owner.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(owner.password_hash, PASSWORD)).toBe(true);
    expect(await verifyPassword(owner.password_hash, 'something else')).toBe(false);
  });

  it('schedules Aurora from Monday of the current week, every link respected, with progress up to now', async () => {
    expect(new ProjectScheduler().available, 'the engine exports no scheduler yet').toBe(true);
    const project = await handle.db
      .selectFrom('projects')
      .selectAll()
      .where('name', '=', 'Aurora 2.0 launch')
      .executeTakeFirstOrThrow();
    expect(project.start).toBe('2026-11-23T08:00:00');
    const tasks = await handle.db
      .selectFrom('tasks')
      .selectAll()
      .where('project_id', '=', project.id)
      .execute();
    expect(tasks.length).toBeGreaterThanOrEqual(90);
    expect(project.finish).toBe(
      tasks
        .map((t) => t.finish)
        .sort()
        .at(-1),
    );
    // a launch plan of this size spans months, not days
    expect(Date.parse(`${project.finish}Z`) - Date.parse(`${project.start}Z`)).toBeGreaterThan(
      120 * 86_400_000,
    );
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const links = await handle.db
      .selectFrom('links')
      .selectAll()
      .where('project_id', '=', project.id)
      .execute();
    for (const link of links) {
      const before = byId.get(link.predecessor_id);
      const after = byId.get(link.successor_id);
      if (!before || !after) throw new Error(`link ${link.id} points outside the project`);
      const label = `${before.name} -${link.type}-> ${after.name}`;
      if (link.type === 'FS' && link.lag >= 0) expect(after.start >= before.finish, label).toBe(true);
      if (link.type === 'SS' && link.lag >= 0) expect(after.start >= before.start, label).toBe(true);
      if (link.type === 'FF' && link.lag >= 0) expect(after.finish >= before.finish, label).toBe(true);
    }
    expect(tasks.every((t) => t.start >= project.start)).toBe(true);
    const startOf = (name: string): string => {
      const task = tasks.find((t) => t.name === name);
      if (!task) throw new Error(`no task "${name}"`);
      expect(task.milestone, name).toBe(1);
      return task.start;
    };
    expect(startOf('Design sign-off') < startOf('Beta starts')).toBe(true);
    expect(startOf('Beta starts') < startOf('Code freeze')).toBe(true);
    expect(startOf('Code freeze') < startOf('GA launch')).toBe(true);
    // Monday and Tuesday of the week are behind "now" (Wednesday 13:30): the first research is under way
    const interviews = tasks.find((t) => t.name === 'Customer interviews (12 accounts)');
    expect(interviews?.percent_complete).toBeGreaterThan(0);
    expect(interviews?.percent_complete).toBeLessThan(100);
    expect(tasks.filter((t) => t.start > '2026-11-26').every((t) => t.percent_complete === 0)).toBe(true);
  });

  it('refuses to seed twice, leaving the data as it was', async () => {
    const before = await countRows(handle.db);
    await expect(seedDemo(handle.db, { password: PASSWORD, log: () => {}, now: NOW })).rejects.toThrow(
      /exists already/,
    );
    expect(await countRows(handle.db)).toEqual(before);
  });
});
