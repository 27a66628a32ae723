import { raidItemListSchema, raidItemSchema, taskWriteResultSchema } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { joinAs } from './support/members';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'raid log password';

describeEachDatabase('RAID log', (database) => {
  let app: FastifyInstance;
  let pat: Agent;
  let workspaceId: string;
  let projectId: string;
  let taskId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pat = new Agent(app);
    workspaceId = (await pat.signUp(uniqueEmail('pat'), PASSWORD, 'Pat')).memberships[0].workspaceId;
    projectId = (
      await pat.post(`/api/v1/workspaces/${workspaceId}/projects`, {
        name: 'Mill',
        start: '2026-03-02T08:00:00',
      })
    ).json().id;
    taskId = taskWriteResultSchema.parse(
      (await pat.post(`/api/v1/projects/${projectId}/tasks`, { name: 'Survey', duration: 480 })).json(),
    ).task.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('logs assumptions, issues and decisions with codes per kind and their own statuses', async () => {
    const url = `/api/v1/projects/${projectId}/raid`;
    const assumption = raidItemSchema.parse(
      (await pat.post(url, { kind: 'assumption', title: 'Site access from May', taskIds: [taskId] })).json(),
    );
    const issue = raidItemSchema.parse(
      (
        await pat.post(url, {
          kind: 'issue',
          title: 'Crane permit rejected',
          priority: 'high',
          dueOn: '2026-03-20',
        })
      ).json(),
    );
    const decision = raidItemSchema.parse(
      (
        await pat.post(url, {
          kind: 'decision',
          title: 'Use precast beams',
          resolution: 'Cheaper and faster',
        })
      ).json(),
    );
    expect([assumption.code, issue.code, decision.code]).toEqual(['A-1', 'I-1', 'DEC-1']);
    expect([assumption.status, issue.status, decision.status]).toEqual(['open', 'open', 'proposed']);
    expect(assumption.taskIds).toEqual([taskId]);
    expect(raidItemSchema.parse((await pat.post(url, { kind: 'issue', title: 'Second' })).json()).code).toBe(
      'I-2',
    );

    const approved = await pat.patch(`/api/v1/raid-items/${decision.id}`, { version: 1, status: 'approved' });
    expect(approved.json()).toMatchObject({ status: 'approved', version: 2 });
    // a decision is not "resolved", an assumption not "approved"
    expectProblem(
      await pat.patch(`/api/v1/raid-items/${decision.id}`, { version: 2, status: 'resolved' }),
      400,
      'body.status',
    );
    expectProblem(
      await pat.post(url, { kind: 'assumption', title: 'x', status: 'approved' }),
      400,
      'body.status',
    );
    expectProblem(
      await pat.patch(`/api/v1/raid-items/${decision.id}`, { version: 1, title: 'stale' }),
      409,
      'version',
    );
    expect((await pat.get(`/api/v1/raid-items/${decision.id}`)).json().title).toBe('Use precast beams');

    const issues = raidItemListSchema.parse((await pat.get(`${url}?kind=issue`)).json()).items;
    expect(issues.map((i) => i.code)).toEqual(['I-1', 'I-2']);
    expect(
      (await pat.request({ method: 'DELETE', url: `/api/v1/raid-items/${issue.id}?version=1` })).statusCode,
    ).toBe(204);
    expectProblem(await pat.get(`/api/v1/raid-items/${issue.id}`), 404);
  });

  it('names bad input, hides other workspaces and keeps viewers to reading', async () => {
    const url = `/api/v1/projects/${projectId}/raid`;
    expectProblem(await pat.post(url, { kind: 'rumour', title: 'x' }), 400, 'body.kind');
    expectProblem(await pat.post(url, { kind: 'issue', title: '' }), 400, 'body.title');
    expectProblem(await pat.post(url, { kind: 'issue', title: 'x', dueOn: '2026-13-01' }), 400, 'body.dueOn');
    expectProblem(
      await pat.post(url, { kind: 'issue', title: 'x', taskIds: [workspaceId] }),
      400,
      'body.taskIds',
    );
    expectProblem(await pat.get(`${url}?kind=rumour`), 400, 'query.kind');
    const item = raidItemSchema.parse((await pat.post(url, { kind: 'issue', title: 'Mine' })).json());
    const eve = new Agent(app);
    await eve.signUp(uniqueEmail('eve'), PASSWORD, 'Eve');
    expectProblem(await eve.get(url), 404);
    expectProblem(await eve.get(`/api/v1/raid-items/${item.id}`), 404);
    expectProblem(await eve.patch(`/api/v1/raid-items/${item.id}`, { version: 1, title: 'Eve' }), 404);
    const { agent: vic } = await joinAs(app, workspaceId, 'viewer', PASSWORD);
    expect((await vic.get(url)).statusCode).toBe(200);
    expectProblem(await vic.post(url, { kind: 'issue', title: 'Viewer' }), 403);
    expectProblem(await vic.patch(`/api/v1/raid-items/${item.id}`, { version: 1, title: 'Viewer' }), 403);
  });
});
