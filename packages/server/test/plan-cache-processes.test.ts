import { type Task, taskSchema, taskWriteResultSchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadStoredPlan } from '../src/scheduling/stored-plan-load';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { startTestApp } from './support/test-app';

const DAY = 480;

/**
 * Two server processes on one database, each with its own scheduler cache (two apps, two
 * connections): an edit by one must be seen by the other's next read and edit, never a plan it
 * cached before.
 */
describeEachDatabase('scheduler caches of two processes editing one project', (database) => {
  let first: FastifyInstance;
  let second: FastifyInstance;
  let viaFirst: Agent;
  let viaSecond: Agent;
  let workspaceId: string;
  let projectId: string;
  const ids: string[] = [];

  beforeAll(async () => {
    first = await startTestApp(database.config, { warmPlans: true });
    second = await startTestApp(database.config, { warmPlans: true, migrate: false });
    viaFirst = new Agent(first);
    const session = await viaFirst.signUp(uniqueEmail('pm'), 'two processes password', 'Pat Processes');
    workspaceId = session.memberships[0].workspaceId;
    // the same session on the other process (sessions live in the database)
    viaSecond = new Agent(second);
    viaSecond.cookie = viaFirst.cookie;
    viaSecond.csrfToken = viaFirst.csrfToken;
    const project = await viaFirst.post(`/api/v1/workspaces/${workspaceId}/projects`, {
      name: 'Shared chain',
      start: '2026-03-02T08:00:00',
    });
    expect(project.statusCode, project.body).toBe(201);
    projectId = project.json().id;
    for (const name of ['T1', 'T2', 'T3']) {
      const task = await viaFirst.post(`/api/v1/projects/${projectId}/tasks`, { name, duration: DAY });
      expect(task.statusCode, task.body).toBe(201);
      ids.push(task.json().task.id);
    }
    for (const [predecessorId, successorId] of [
      [ids[0], ids[1]],
      [ids[1], ids[2]],
    ]) {
      const link = await viaFirst.post(`/api/v1/projects/${projectId}/links`, {
        predecessorId,
        successorId,
        type: 'FS',
        lag: 0,
      });
      expect(link.statusCode, link.body).toBe(201);
    }
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  async function read(agent: Agent, taskId: string): Promise<Task> {
    const response = await agent.get(`/api/v1/tasks/${taskId}`);
    expect(response.statusCode, response.body).toBe(200);
    return taskSchema.parse(response.json());
  }

  /** Edits through `agent`; the version is read through `versionFrom` (default the same process). */
  async function setDuration(agent: Agent, taskId: string, days: number, versionFrom = agent): Promise<Task> {
    const current = await read(versionFrom, taskId);
    const response = await agent.patch(`/api/v1/tasks/${taskId}`, {
      version: current.version,
      duration: days * DAY,
    });
    expect(response.statusCode, response.body).toBe(200);
    return taskWriteResultSchema.parse(response.json()).task;
  }

  it('reads and edits after the other process edited see its edit', async () => {
    // the first process edits (and caches the plan), then the second reads and edits it
    await setDuration(viaFirst, ids[0], 2);
    expect((await read(viaSecond, ids[2])).start).toBe('2026-03-05T08:00:00');
    await setDuration(viaSecond, ids[1], 3);
    // the first process's cached plan is stale: its read must show the second's edit
    const moved = await read(viaFirst, ids[2]);
    expect([moved.start, moved.finish]).toEqual(['2026-03-09T08:00:00', '2026-03-09T17:00:00']);
    // and its next edit must start from the plan as stored, not as it cached it
    await setDuration(viaFirst, ids[0], 1);
    for (const agent of [viaFirst, viaSecond]) {
      const [t1, t2, t3] = await Promise.all(ids.map((id) => read(agent, id)));
      expect([t1.finish, t2.start, t2.finish, t3.start]).toEqual([
        '2026-03-02T17:00:00',
        '2026-03-03T08:00:00',
        '2026-03-05T17:00:00',
        '2026-03-06T08:00:00',
      ]);
    }
  });

  it('alternating edits by both processes leave what a full schedule computes', async () => {
    const agents = [viaFirst, viaSecond];
    for (let round = 0; round < 6; round++) {
      // the version read through the other process: the editing one gets no read that would
      // refresh its cache first, so its edit meets its own stale entry
      await setDuration(agents[round % 2], ids[round % 3], 2 + round, agents[(round + 1) % 2]);
    }
    // the stored rows equal the engine's schedule of the stored project, computed afresh
    for (const app of [first, second]) {
      const plan = await app.database.db
        .transaction()
        .execute((trx) => loadStoredPlan(trx, workspaceId, projectId));
      expect(typeof plan === 'string' ? plan : 'current').toBe('current');
    }
  });
});
