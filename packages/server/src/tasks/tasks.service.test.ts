import type { ScheduleResult } from '@tandem/engine';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../db/create-database';
import { newId } from '../db/ids';
import { migrateToLatest } from '../db/migrate';
import type { ProblemError } from '../http/problem-error';
import { ProjectsService } from '../projects/projects.service';
import { ProjectScheduler } from '../scheduling/project-schedule.service';
import { describeEachDatabase } from '../testing/databases';
import { createWorkspaceWithOwner } from '../workspaces/workspaces.service';
import { TasksService } from './tasks.service';

/** Every task at the project start: these tests are about the outline, not dates. */
const atStart = new ProjectScheduler((project): ScheduleResult => {
  const start = project.settings.start;
  const tasks = project.tasks.map((t) => ({
    id: t.id,
    start,
    finish: start,
    earlyStart: start,
    earlyFinish: start,
    lateStart: start,
    lateFinish: start,
    totalSlack: 0,
    freeSlack: 0,
    critical: false,
    summary: false,
    duration: 0,
    missedDeadline: false,
  }));
  return { start, finish: start, tasks, criticalPath: [], issues: [] };
});

describeEachDatabase('TasksService outline edits', (database) => {
  let handle: DatabaseHandle;
  let tasks: TasksService;
  let userId: string;
  let projectId: string;

  beforeAll(async () => {
    handle = createDatabase(database.config);
    await migrateToLatest(handle.db);
    userId = newId();
    const now = new Date().toISOString();
    await handle.db
      .insertInto('users')
      .values({
        id: userId,
        email: `${userId}@example.test`,
        name: 'U',
        password_hash: 'x',
        created_at: now,
        updated_at: now,
      })
      .execute();
    const workspace = await createWorkspaceWithOwner(handle.db, { name: 'W', ownerId: userId });
    const project = await new ProjectsService(handle.db, atStart).create(userId, workspace.workspace_id, {
      name: 'Outline',
      start: '2026-03-02T08:00:00',
    });
    projectId = project.body.id;
    tasks = new TasksService(handle.db, atStart);
  });

  afterAll(async () => {
    await handle?.close();
  });

  const outline = async () => (await tasks.list(userId, projectId)).map((t) => `${t.wbs} ${t.name}`);
  const add = async (name: string, extra: { parentId?: string; afterTaskId?: string | null } = {}) =>
    (await tasks.create(userId, projectId, { name, duration: 480, ...extra })).body.task;

  it('builds a work breakdown from parents and afterTaskId', async () => {
    const build = await add('Build');
    await add('API', { parentId: build.id });
    await add('UI', { parentId: build.id });
    await add('Plan', { afterTaskId: null });
    expect(await outline()).toEqual(['1 Plan', '2 Build', '2.1 API', '2.2 UI']);
  });

  it('moves a task under another parent and closes the gap it leaves', async () => {
    const list = await tasks.list(userId, projectId);
    const plan = list.find((t) => t.name === 'Plan')!;
    const api = list.find((t) => t.name === 'API')!;
    const moved = (await tasks.update(userId, api.id, { version: api.version, parentId: plan.id })).body.task;
    expect(moved.version).toBe(api.version + 1);
    expect(await outline()).toEqual(['1 Plan', '1.1 API', '2 Build', '2.1 UI']);
    const positions = (await tasks.list(userId, projectId)).map((t) => t.position);
    expect(positions).toEqual([0, 0, 1, 0]);
  });

  it('refuses to move a summary under its own subtask, naming parentId', async () => {
    const list = await tasks.list(userId, projectId);
    const plan = list.find((t) => t.name === 'Plan')!;
    const api = list.find((t) => t.name === 'API')!;
    const error = (await tasks
      .update(userId, plan.id, { version: plan.version, parentId: api.id })
      .catch((e: unknown) => e)) as ProblemError;
    expect(error.status).toBe(400);
    expect(error.errors?.[0].field).toBe('parentId');
    expect(await outline()).toEqual(['1 Plan', '1.1 API', '2 Build', '2.1 UI']);
  });

  it('answers a stale version with 409 carrying the current task', async () => {
    const [plan] = await tasks.list(userId, projectId);
    await tasks.update(userId, plan.id, { version: plan.version, name: 'Planning' });
    const error = (await tasks
      .update(userId, plan.id, { version: plan.version, name: 'Lost edit' })
      .catch((e: unknown) => e)) as ProblemError;
    expect(error.status).toBe(409);
    expect(error.extensions.current).toMatchObject({
      id: plan.id,
      name: 'Planning',
      version: plan.version + 1,
    });
  });

  it('deletes a summary with its subtasks and renumbers the rest', async () => {
    const [plan] = await tasks.list(userId, projectId);
    await tasks.delete(userId, plan.id);
    expect(await outline()).toEqual(['1 Build', '1.1 UI']);
    expect((await tasks.list(userId, projectId))[0].position).toBe(0);
  });

  it('requires a date with a dated constraint, naming constraintDate', async () => {
    const error = (await tasks
      .create(userId, projectId, { name: 'Launch', duration: 0, constraintType: 'MSO' })
      .catch((e: unknown) => e)) as ProblemError;
    expect(error.status).toBe(400);
    expect(error.errors?.[0].field).toBe('constraintDate');
  });
});
