import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { APP_DEFAULTS } from '../src/config';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

// the limit `tandem serve` uses by default (TANDEM_BODY_LIMIT changes it)
const BODY_LIMIT = APP_DEFAULTS.bodyLimit;

describeEachDatabase('request validation', (database) => {
  let app: FastifyInstance;
  let agent: Agent;
  let projectsUrl: string;
  let tasksUrl: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    agent = new Agent(app);
    const session = await agent.signUp(uniqueEmail('valid'), 'validation password', 'Val Idator');
    projectsUrl = `/api/v1/workspaces/${session.memberships[0].workspaceId}/projects`;
    const project = await agent.post(projectsUrl, {
      name: 'Validation project',
      start: '2026-03-02T08:00:00',
    });
    expect(project.statusCode, project.body).toBe(201);
    tasksUrl = `/api/v1/projects/${project.json().id}/tasks`;
  });
  afterAll(async () => {
    await app?.close();
  });

  async function expectNothingWritten(): Promise<void> {
    const projects = await agent.get(projectsUrl);
    expect(projects.json().items.map((p: { name: string }) => p.name)).toEqual(['Validation project']);
    const tasks = await agent.get(tasksUrl);
    expect(tasks.json().items).toEqual([]);
  }

  it('answers malformed JSON with 400 naming the body', async () => {
    for (const raw of ['{"name": "Half', '{name: 1}', 'not json', '[1,]']) {
      const response = await agent.request({ method: 'POST', url: tasksUrl, raw });
      expectProblem(response, 400, 'body');
    }
    const signUp = await new Agent(app).request({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      raw: '{"email":',
    });
    expectProblem(signUp, 400, 'body');
    await expectNothingWritten();
  });

  it('answers an empty JSON body with 400 naming the body', async () => {
    const response = await agent.request({ method: 'POST', url: tasksUrl, raw: '' });
    expectProblem(response, 400, 'body');
  });

  it('answers unknown fields with 400 naming each field', async () => {
    const project = await agent.post(projectsUrl, { name: 'Typo', colour: 'red' });
    expectProblem(project, 400, 'body.colour');
    const task = await agent.post(tasksUrl, { name: 'Task', duration: 480, predecessorz: [] });
    expectProblem(task, 400, 'body.predecessorz');
    const signIn = await new Agent(app).post('/api/v1/auth/sign-in', {
      email: 'a@example.test',
      password: 'x',
      remember: true,
    });
    expectProblem(signIn, 400, 'body.remember');
    await expectNothingWritten();
  });

  it('answers wrong types and missing fields with 400 naming the field', async () => {
    expectProblem(await agent.post(projectsUrl, { name: 42 }), 400, 'body.name');
    expectProblem(await agent.post(projectsUrl, {}), 400, 'body.name');
    expectProblem(await agent.post(projectsUrl, { name: 'Dates', start: 'next monday' }), 400, 'body.start');
    expectProblem(
      await agent.post(projectsUrl, { name: 'Dates', start: '2026-02-30T08:00:00' }),
      400,
      'body.start',
    );
    expectProblem(await agent.post(tasksUrl, { name: 'Task', duration: '2d' }), 400, 'body.duration');
    expectProblem(await agent.post(tasksUrl, { name: 'Task', duration: -5 }), 400, 'body.duration');
    expectProblem(await agent.post(tasksUrl, { name: 'Task', duration: 1.5 }), 400, 'body.duration');
    expectProblem(
      await agent.post(tasksUrl, { name: 'Task', duration: 60, milestone: 'yes' }),
      400,
      'body.milestone',
    );
    expectProblem(await agent.post(tasksUrl, { name: '   ', duration: 60 }), 400, 'body.name');
    expectProblem(
      await agent.post(tasksUrl, { name: 'Task', duration: 60, parentId: 'p1' }),
      400,
      'body.parentId',
    );
    expectProblem(await agent.post(tasksUrl, ['not', 'an', 'object']), 400);
    const signUp = await new Agent(app).post('/api/v1/auth/sign-up', {
      email: 'not-an-email',
      password: 'long enough password',
      name: 'Bad Email',
    });
    expectProblem(signUp, 400, 'body.email');
    await expectNothingWritten();
  });

  it('answers malformed path parameters with 400 naming the parameter', async () => {
    expectProblem(await agent.get('/api/v1/projects/not-a-uuid/tasks'), 400, 'params.projectId');
    expectProblem(await agent.get('/api/v1/tasks/123'), 400, 'params.taskId');
    expectProblem(await agent.get('/api/v1/workspaces/abc/projects'), 400, 'params.workspaceId');
  });

  it('answers a body over the size limit with 413 problem+json', async () => {
    const response = await agent.post(tasksUrl, { name: 'x'.repeat(BODY_LIMIT + 1), duration: 60 });
    expectProblem(response, 413, 'body');
    await expectNothingWritten();
  });

  it('answers a body that is not JSON with 415 problem+json', async () => {
    const response = await agent.request({
      method: 'POST',
      url: tasksUrl,
      raw: 'name=Task&duration=60',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectProblem(response, 415);
    await expectNothingWritten();
  });

  it('answers an unknown API path with 404 problem+json', async () => {
    const response = await agent.get('/api/v1/no-such-thing');
    expectProblem(response, 404);
  });
});
