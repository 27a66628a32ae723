import { type Risk, riskHistorySchema, riskListSchema, riskSchema, taskWriteResultSchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { joinAs } from './support/members';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'risk register password';

describeEachDatabase('risk register', (database) => {
  let app: FastifyInstance;
  let pat: Agent;
  let patId: string;
  let workspaceId: string;
  let projectId: string;
  let taskId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pat = new Agent(app);
    const session = await pat.signUp(uniqueEmail('pat'), PASSWORD, 'Pat Manager');
    patId = session.user.id;
    workspaceId = session.memberships[0].workspaceId;
    const project = await pat.post(`/api/v1/workspaces/${workspaceId}/projects`, {
      name: 'Bridge',
      start: '2026-03-02T08:00:00',
    });
    projectId = project.json().id;
    const task = await pat.post(`/api/v1/projects/${projectId}/tasks`, { name: 'Pour deck', duration: 2400 });
    taskId = taskWriteResultSchema.parse(task.json()).task.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  async function createRisk(body: Record<string, unknown>): Promise<Risk> {
    const response = await pat.post(`/api/v1/projects/${projectId}/risks`, body);
    expect(response.statusCode, response.body).toBe(201);
    return riskSchema.parse(response.json());
  }

  it('adds a threat with a code, a score, a level and defaults', async () => {
    const risk = await createRisk({
      title: 'Concrete supplier strike',
      probability: 3,
      scheduleImpact: 4,
      costImpact: 2,
      scheduleImpactMinutes: 4800,
      costImpactMinor: 1_250_000,
      taskIds: [taskId, taskId],
      ownerId: patId,
    });
    expect(risk).toMatchObject({
      code: expect.stringMatching(/^R-\d+$/),
      kind: 'threat',
      // 3 × max(4, 2) = 12: high
      score: 12,
      level: 'high',
      // rating 3 stands for 50 % unless a number is given
      probabilityPercent: 50,
      strategy: 'mitigate',
      status: 'open',
      taskIds: [taskId],
      ownerId: patId,
      costImpactMinor: 1_250_000,
      version: 1,
    });
  });

  it('numbers risks in order and lists them by score', async () => {
    const low = await createRisk({ title: 'Rain delays', probability: 2, scheduleImpact: 2, costImpact: 1 });
    const critical = await createRisk({
      title: 'Crane failure',
      probability: 5,
      scheduleImpact: 4,
      costImpact: 5,
    });
    expect(Number(critical.code.slice(2))).toBe(Number(low.code.slice(2)) + 1);
    const list = riskListSchema.parse((await pat.get(`/api/v1/projects/${projectId}/risks`)).json()).items;
    const scores = list.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(list[0]).toMatchObject({ title: 'Crane failure', score: 25, level: 'critical' });
  });

  it('keeps a history of ratings and refuses a stale version without changing anything', async () => {
    const risk = await createRisk({ title: 'Permit late', probability: 2, scheduleImpact: 3, costImpact: 1 });
    const updated = await pat.patch(`/api/v1/risks/${risk.id}`, {
      version: 1,
      probability: 4,
      status: 'monitoring',
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(riskSchema.parse(updated.json())).toMatchObject({
      probability: 4,
      score: 12,
      probabilityPercent: 70,
      version: 2,
    });
    // a change that leaves the ratings alone adds no history
    expect(
      (await pat.patch(`/api/v1/risks/${risk.id}`, { version: 2, trigger: 'no permit by May' })).statusCode,
    ).toBe(200);
    const history = riskHistorySchema.parse((await pat.get(`/api/v1/risks/${risk.id}/history`)).json()).items;
    expect(history.map((h) => h.score)).toEqual([6, 12]);
    expect(history[1].changedBy).toBe(patId);

    const stale = await pat.patch(`/api/v1/risks/${risk.id}`, { version: 1, title: 'Overwritten?' });
    const problem = expectProblem(stale, 409, 'version');
    expect((problem as { current?: Risk }).current).toMatchObject({ title: 'Permit late', version: 3 });
    expect(riskSchema.parse((await pat.get(`/api/v1/risks/${risk.id}`)).json()).title).toBe('Permit late');
    expectProblem(
      await pat.request({ method: 'DELETE', url: `/api/v1/risks/${risk.id}?version=1` }),
      409,
      'version',
    );
    expect(
      (await pat.request({ method: 'DELETE', url: `/api/v1/risks/${risk.id}?version=3` })).statusCode,
    ).toBe(204);
    expectProblem(await pat.get(`/api/v1/risks/${risk.id}`), 404);
  });

  it('names the field of bad input', async () => {
    const url = `/api/v1/projects/${projectId}/risks`;
    const base = { title: 'x', probability: 1, scheduleImpact: 1, costImpact: 1 };
    expectProblem(await pat.post(url, { ...base, probability: 6 }), 400, 'body.probability');
    expectProblem(await pat.post(url, { ...base, title: '  ' }), 400, 'body.title');
    expectProblem(await pat.post(url, { ...base, costImpactMinor: 12.5 }), 400, 'body.costImpactMinor');
    expectProblem(await pat.post(url, { ...base, colour: 'red' }), 400, 'body.colour');
    // a threat is not exploited
    expectProblem(await pat.post(url, { ...base, strategy: 'exploit' }), 400, 'body.strategy');
    expect((await pat.post(url, { ...base, kind: 'opportunity', strategy: 'exploit' })).statusCode).toBe(201);
    // a task of another project, and an owner from outside the workspace
    const other = await pat.post(`/api/v1/workspaces/${workspaceId}/projects`, {
      name: 'Other',
      start: '2026-03-02T08:00:00',
    });
    const foreignTask = await pat.post(`/api/v1/projects/${other.json().id}/tasks`, {
      name: 'Elsewhere',
      duration: 60,
    });
    const foreignTaskId = taskWriteResultSchema.parse(foreignTask.json()).task.id;
    expectProblem(await pat.post(url, { ...base, taskIds: [foreignTaskId] }), 400, 'body.taskIds');
    const stranger = await new Agent(app).signUp(uniqueEmail('stranger'), PASSWORD, 'Stranger');
    expectProblem(await pat.post(url, { ...base, ownerId: stranger.user.id }), 400, 'body.ownerId');
    expectProblem(await pat.get('/api/v1/risks/not-a-uuid'), 400, 'params.riskId');
  });

  it('manages response actions with versions', async () => {
    const risk = await createRisk({
      title: 'Key engineer leaves',
      probability: 2,
      scheduleImpact: 4,
      costImpact: 2,
    });
    const created = await pat.post(`/api/v1/risks/${risk.id}/actions`, {
      title: 'Pair on the design',
      dueDate: '2026-04-01',
    });
    expect(created.statusCode, created.body).toBe(201);
    const action = created.json();
    expect(action).toMatchObject({ riskId: risk.id, done: false, dueDate: '2026-04-01', version: 1 });
    expectProblem(
      await pat.post(`/api/v1/risks/${risk.id}/actions`, { title: 'x', dueDate: '2026-02-30' }),
      400,
      'body.dueDate',
    );
    const done = await pat.patch(`/api/v1/risk-actions/${action.id}`, { version: 1, done: true });
    expect(done.json()).toMatchObject({ done: true, version: 2 });
    expectProblem(
      await pat.patch(`/api/v1/risk-actions/${action.id}`, { version: 1, done: false }),
      409,
      'version',
    );
    const withActions = riskSchema.parse((await pat.get(`/api/v1/risks/${risk.id}`)).json());
    expect(withActions.actions.map((a) => [a.title, a.done])).toEqual([['Pair on the design', true]]);
    expect(
      (await pat.request({ method: 'DELETE', url: `/api/v1/risk-actions/${action.id}?version=2` }))
        .statusCode,
    ).toBe(204);
  });

  it('hides another workspace’s risks (404) and lets a viewer read but not write (403)', async () => {
    const risk = await createRisk({ title: 'Private', probability: 1, scheduleImpact: 1, costImpact: 1 });
    const action = (await pat.post(`/api/v1/risks/${risk.id}/actions`, { title: 'Check' })).json();
    const eve = new Agent(app);
    await eve.signUp(uniqueEmail('eve'), PASSWORD, 'Eve Outsider');
    expectProblem(await eve.get(`/api/v1/risks/${risk.id}`), 404);
    expectProblem(await eve.get(`/api/v1/projects/${projectId}/risks`), 404);
    expectProblem(await eve.patch(`/api/v1/risks/${risk.id}`, { version: 1, title: 'Mine' }), 404);
    expectProblem(await eve.patch(`/api/v1/risk-actions/${action.id}`, { version: 1, done: true }), 404);
    expectProblem(
      await eve.post(`/api/v1/projects/${projectId}/risks`, {
        title: 'x',
        probability: 1,
        scheduleImpact: 1,
        costImpact: 1,
      }),
      404,
    );

    const { agent: vic } = await joinAs(app, workspaceId, 'viewer');
    expect((await vic.get(`/api/v1/risks/${risk.id}`)).statusCode).toBe(200);
    expectProblem(await vic.patch(`/api/v1/risks/${risk.id}`, { version: 1, title: 'Viewer edit' }), 403);
    expectProblem(await vic.post(`/api/v1/risks/${risk.id}/actions`, { title: 'Viewer action' }), 403);
    expectProblem(await vic.request({ method: 'DELETE', url: `/api/v1/risks/${risk.id}` }), 403);
    expect(riskSchema.parse((await pat.get(`/api/v1/risks/${risk.id}`)).json()).title).toBe('Private');
  });

  it('announces writes on the live feed after commit', async () => {
    const events: unknown[] = [];
    const stop = app.changeFeed.subscribe((event) => events.push(event));
    try {
      const risk = await createRisk({ title: 'Announced', probability: 1, scheduleImpact: 1, costImpact: 1 });
      expect(events).toContainEqual(
        expect.objectContaining({ entity: 'risk', kind: 'upsert', ids: [risk.id], projectId, workspaceId }),
      );
      await pat.post(`/api/v1/projects/${projectId}/risks`, {
        title: 'x',
        probability: 9,
        scheduleImpact: 1,
        costImpact: 1,
      });
      expect(events).toHaveLength(1);
    } finally {
      stop();
    }
  });
});
