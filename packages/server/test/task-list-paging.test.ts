import { type Task, taskListSchema, taskWriteResultSchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const DAY = 480;

describeEachDatabase('task list paging (?limit=&cursor=)', (database) => {
  let app: FastifyInstance;
  let agent: Agent;
  let projectId: string;
  let all: Task[];

  beforeAll(async () => {
    // a serving app: plans are loaded into the scheduler cache, so pages come from it
    app = await startTestApp(database.config, { warmPlans: true });
    agent = new Agent(app);
    const session = await agent.signUp(uniqueEmail('pager'), 'paging test password', 'Pia Pager');
    const workspaceId = session.memberships[0].workspaceId;
    const project = await agent.post(`/api/v1/workspaces/${workspaceId}/projects`, {
      name: 'Paged',
      start: '2026-03-02T08:00:00',
    });
    expect(project.statusCode, project.body).toBe(201);
    projectId = project.json().id;
    const add = async (body: Record<string, unknown>) => {
      const response = await agent.post(`/api/v1/projects/${projectId}/tasks`, body);
      expect(response.statusCode, response.body).toBe(201);
      return taskWriteResultSchema.parse(response.json()).task;
    };
    const phase = await add({ name: 'Phase', duration: 0 });
    await add({ name: 'Design', duration: 2 * DAY, parentId: phase.id, percentComplete: 50 });
    await add({ name: 'Build', duration: 3 * DAY, parentId: phase.id });
    for (const name of ['Test', 'Ship', 'Review', 'Close']) await add({ name, duration: DAY });
    const response = await agent.get(`/api/v1/projects/${projectId}/tasks`);
    expect(response.statusCode, response.body).toBe(200);
    all = taskListSchema.parse(response.json()).items;
  });
  afterAll(async () => {
    await app?.close();
  });

  async function page(query: string) {
    const response = await agent.get(`/api/v1/projects/${projectId}/tasks?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return taskListSchema.parse(response.json());
  }

  it('answers every task without a cursor when no limit is given, as before', async () => {
    expect(all.map((t) => `${t.wbs} ${t.name}`)).toEqual([
      '1 Phase',
      '1.1 Design',
      '1.2 Build',
      '2 Test',
      '3 Ship',
      '4 Review',
      '5 Close',
    ]);
    const response = await agent.get(`/api/v1/projects/${projectId}/tasks`);
    expect(Object.keys(response.json())).toEqual(['items']);
  });

  it('pages through the tasks in outline order, the pages adding up to the whole list', async () => {
    const first = await page('limit=3');
    expect(first.items.map((t) => t.name)).toEqual(['Phase', 'Design', 'Build']);
    expect(first.nextCursor).toEqual(expect.any(String));
    // a summary on a page keeps the progress rolled up from its subtasks (2 of 5 days at 50 %)
    expect(first.items[0]).toEqual(all[0]);
    expect(first.items[0].percentComplete).toBe(20);
    const second = await page(`limit=3&cursor=${first.nextCursor}`);
    expect(second.items.map((t) => t.name)).toEqual(['Test', 'Ship', 'Review']);
    const last = await page(`limit=3&cursor=${second.nextCursor}`);
    expect(last.items.map((t) => t.name)).toEqual(['Close']);
    expect(last.nextCursor).toBeNull();
    expect([...first.items, ...second.items, ...last.items]).toEqual(all);
  });

  it('ends with a null cursor when the last page is exactly full, and pages see edits', async () => {
    const whole = await page('limit=7');
    expect(whole.items).toHaveLength(7);
    expect(whole.nextCursor).toBeNull();
    const ship = all.find((t) => t.name === 'Ship') as Task;
    const edit = await agent.patch(`/api/v1/tasks/${ship.id}`, { version: ship.version, duration: 2 * DAY });
    expect(edit.statusCode, edit.body).toBe(200);
    const edited = taskWriteResultSchema.parse(edit.json()).task;
    const first = await page('limit=4');
    const second = await page(`limit=4&cursor=${first.nextCursor}`);
    expect(second.items.find((t) => t.id === ship.id)).toEqual(edited);
  });

  it('names the bad paging parameter', async () => {
    for (const limit of ['0', '1001', 'abc', '2.5']) {
      expectProblem(
        await agent.get(`/api/v1/projects/${projectId}/tasks?limit=${limit}`),
        400,
        'query.limit',
      );
    }
    const unknown = '0193e3b0-7c2a-7d4e-9a10-0123456789ab';
    expectProblem(
      await agent.get(`/api/v1/projects/${projectId}/tasks?limit=2&cursor=${unknown}`),
      400,
      'query.cursor',
    );
    expectProblem(await agent.get(`/api/v1/projects/${projectId}/tasks?page=2`), 400);
  });

  it("answers 404 for another workspace's project, paged or not", async () => {
    const stranger = new Agent(app);
    await stranger.signUp(uniqueEmail('stranger'), 'stranger test password', 'Sam Stranger');
    expectProblem(await stranger.get(`/api/v1/projects/${projectId}/tasks?limit=2`), 404);
    expectProblem(await stranger.get(`/api/v1/projects/${projectId}/tasks`), 404);
  });
});
