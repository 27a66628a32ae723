import type { FastifyInstance } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../src/db/database.types';
import { ProjectScheduler } from '../src/scheduling/project-schedule.service';
import { describeEachDatabase, type TestDialect } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

/** Makes every insert into `memberships` fail, as a full disk or a lost connection would. */
async function breakMembershipInserts(
  db: Kysely<Database>,
  dialect: TestDialect,
): Promise<() => Promise<void>> {
  if (dialect === 'sqlite') {
    await sql`CREATE TRIGGER refuse_membership BEFORE INSERT ON memberships BEGIN SELECT RAISE(ABORT, 'forced failure'); END`.execute(
      db,
    );
    return async () => {
      await sql`DROP TRIGGER refuse_membership`.execute(db);
    };
  }
  await sql`CREATE FUNCTION refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END $$`.execute(
    db,
  );
  await sql`CREATE TRIGGER refuse_membership BEFORE INSERT ON memberships FOR EACH ROW EXECUTE FUNCTION refuse_insert()`.execute(
    db,
  );
  return async () => {
    await sql`DROP TRIGGER refuse_membership ON memberships`.execute(db);
    await sql`DROP FUNCTION refuse_insert()`.execute(db);
  };
}

/** The real scheduler, made to fail on demand: the failure comes after the task row is inserted. */
class FailingScheduler extends ProjectScheduler {
  failing = false;

  override async reschedule(
    ...args: Parameters<ProjectScheduler['reschedule']>
  ): ReturnType<ProjectScheduler['reschedule']> {
    if (this.failing) throw new Error('forced failure after the insert');
    return super.reschedule(...args);
  }
}

describeEachDatabase('nothing half-written', (database) => {
  let app: FastifyInstance;
  const scheduler = new FailingScheduler();

  beforeAll(async () => {
    app = await startTestApp(database.config, { scheduler });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('rolls back a task insert when rescheduling fails in the same transaction', async () => {
    const agent = new Agent(app);
    const session = await agent.signUp(uniqueEmail('atomic'), 'atomic password', 'Atom Ick');
    const project = await agent.post(`/api/v1/workspaces/${session.memberships[0].workspaceId}/projects`, {
      name: 'Fragile',
    });
    expect(project.statusCode, project.body).toBe(201);
    const tasksUrl = `/api/v1/projects/${project.json().id}/tasks`;
    scheduler.failing = true;
    try {
      const response = await agent.post(tasksUrl, { name: 'Never stored', duration: 480 });
      const problem = expectProblem(response, 500);
      expect(problem.detail).not.toContain('forced failure');
    } finally {
      scheduler.failing = false;
    }
    const rows = await app.database.db
      .selectFrom('tasks')
      .select('id')
      .where('name', '=', 'Never stored')
      .execute();
    expect(rows).toEqual([]);
    const list = await agent.get(tasksUrl);
    expect(list.json().items).toEqual([]);
    expect((await agent.get(`/api/v1/projects/${project.json().id}`)).json().taskCount).toBe(0);
  });

  it('rolls back a sign-up whose membership insert fails: no user, no workspace', async () => {
    const db = app.database.db;
    const workspacesBefore = await db.selectFrom('workspaces').select('workspace_id').execute();
    const email = uniqueEmail('half');
    const restore = await breakMembershipInserts(db, database.name);
    try {
      const response = await new Agent(app).post('/api/v1/auth/sign-up', {
        email,
        password: 'half written password',
        name: 'Half Written',
      });
      expectProblem(response, 500);
      expect(response.cookies).toEqual([]);
    } finally {
      await restore();
    }
    expect(await db.selectFrom('users').select('id').where('email', '=', email).execute()).toEqual([]);
    expect(await db.selectFrom('workspaces').select('workspace_id').execute()).toEqual(workspacesBefore);
    // and the same sign-up succeeds once the database is healthy again
    await new Agent(app).signUp(email, 'half written password', 'Half Written');
  });
});
