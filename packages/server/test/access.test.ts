import { type RouteDefinition, routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, type Method, uniqueEmail } from './support/agent';
import { addMember } from './support/members';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'access password';
const SOME_ID = '01890a5d-ac96-774b-bcce-b302099a8057';

/** A request body each route accepts, so that only the missing session can fail it. */
const VALID_BODIES: Partial<Record<keyof typeof routes, unknown>> = {
  createWorkspace: { name: 'W' },
  createProject: { name: 'P' },
  updateProject: { version: 1, name: 'P2' },
  createTask: { name: 'T', duration: 480 },
  updateTask: { version: 1, name: 'T2' },
  indentTask: { version: 1 },
  outdentTask: { version: 1 },
  createLink: { predecessorId: SOME_ID, successorId: SOME_ID, type: 'FS', lag: 0 },
  updateLink: { version: 1, lag: 0 },
  createCalendar: { name: 'C' },
  updateCalendar: { version: 1, name: 'C2' },
};

describeEachDatabase('access control', (database) => {
  let app: FastifyInstance;
  let alice: Agent;
  let bob: Agent;
  let aliceWorkspaceId: string;
  let aliceProjectId: string;
  let aliceTaskId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    alice = new Agent(app);
    bob = new Agent(app);
    const aliceSession = await alice.signUp(uniqueEmail('alice'), PASSWORD, 'Alice');
    await bob.signUp(uniqueEmail('bob'), PASSWORD, 'Bob');
    aliceWorkspaceId = aliceSession.memberships[0].workspaceId;
    const project = await alice.post(`/api/v1/workspaces/${aliceWorkspaceId}/projects`, {
      name: 'Secret plan',
    });
    expect(project.statusCode, project.body).toBe(201);
    aliceProjectId = project.json().id;
    const task = await alice.post(`/api/v1/projects/${aliceProjectId}/tasks`, {
      name: 'Secret task',
      duration: 480,
    });
    expect(task.statusCode, task.body).toBe(201);
    aliceTaskId = task.json().task.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers 401 problem+json on every session route without a session', async () => {
    const sessionRoutes = Object.entries(routes).filter(([, route]) => route.access === 'session');
    expect(sessionRoutes.length).toBeGreaterThanOrEqual(10);
    for (const [name, route] of sessionRoutes as [keyof typeof routes, RouteDefinition][]) {
      const url = route.path.replace(/:[A-Za-z]+/g, SOME_ID);
      const response = await app.inject({
        method: route.method,
        url,
        ...(VALID_BODIES[name] !== undefined ? { payload: VALID_BODIES[name] as object } : {}),
      });
      expect(response.statusCode, `${route.method} ${route.path}: ${response.body}`).toBe(401);
      expectProblem(response, 401);
    }
  });

  it('answers 401 for an unknown or garbled session cookie', async () => {
    for (const cookie of ['x'.repeat(43), 'garbage', '']) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/workspaces',
        cookies: { tandem_session: cookie },
      });
      expectProblem(response, 401);
    }
  });

  it("answers 404 for another workspace's workspace, project and task ids, never their data", async () => {
    const attempts: [Method, string, unknown?][] = [
      ['GET', `/api/v1/workspaces/${aliceWorkspaceId}`],
      ['GET', `/api/v1/workspaces/${aliceWorkspaceId}/members`],
      ['GET', `/api/v1/workspaces/${aliceWorkspaceId}/projects`],
      ['POST', `/api/v1/workspaces/${aliceWorkspaceId}/projects`, { name: 'Intruder project' }],
      ['GET', `/api/v1/projects/${aliceProjectId}`],
      ['PATCH', `/api/v1/projects/${aliceProjectId}`, { version: 1, name: 'Hijacked' }],
      ['DELETE', `/api/v1/projects/${aliceProjectId}`],
      ['GET', `/api/v1/projects/${aliceProjectId}/tasks`],
      ['POST', `/api/v1/projects/${aliceProjectId}/tasks`, { name: 'Intruder task', duration: 60 }],
      ['GET', `/api/v1/tasks/${aliceTaskId}`],
      ['PATCH', `/api/v1/tasks/${aliceTaskId}`, { version: 1, name: 'Hijacked' }],
      ['DELETE', `/api/v1/tasks/${aliceTaskId}`],
    ];
    for (const [method, url, json] of attempts) {
      const response = await bob.request({ method, url, json });
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(404);
      expectProblem(response, 404);
      expect(response.body).not.toContain('Secret');
    }
    // Alice's objects are untouched
    const project = await alice.get(`/api/v1/projects/${aliceProjectId}`);
    expect(project.json().name).toBe('Secret plan');
    const tasks = await alice.get(`/api/v1/projects/${aliceProjectId}/tasks`);
    expect(tasks.json().items.map((t: { name: string }) => t.name)).toEqual(['Secret task']);
    const projects = await alice.get(`/api/v1/workspaces/${aliceWorkspaceId}/projects`);
    expect(projects.json().items).toHaveLength(1);
  });

  it('answers 404 for ids that exist nowhere', async () => {
    expectProblem(await alice.get(`/api/v1/projects/${SOME_ID}`), 404);
    expectProblem(await alice.get(`/api/v1/tasks/${SOME_ID}`), 404);
    expectProblem(await alice.get(`/api/v1/workspaces/${SOME_ID}/projects`), 404);
  });

  it("refuses another workspace's task as a parent", async () => {
    const bobWorkspaceId = bob.session?.memberships[0].workspaceId;
    const bobProject = await bob.post(`/api/v1/workspaces/${bobWorkspaceId}/projects`, { name: 'Bob plan' });
    expect(bobProject.statusCode).toBe(201);
    const response = await bob.post(`/api/v1/projects/${bobProject.json().id}/tasks`, {
      name: 'Child of a stranger',
      duration: 60,
      parentId: aliceTaskId,
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expectProblem(response, response.statusCode);
    expect(response.body).not.toContain('Secret');
    const tasks = await bob.get(`/api/v1/projects/${bobProject.json().id}/tasks`);
    expect(tasks.json().items).toEqual([]);
  });

  it('lets a viewer read but not write (403)', async () => {
    const carol = new Agent(app);
    const carolSession = await carol.signUp(uniqueEmail('carol'), PASSWORD, 'Carol Viewer');
    // there is no invitation API yet: add the membership the way the demo seed does
    await addMember(app, aliceWorkspaceId, carolSession.user.id, 'viewer');
    expect((await carol.get(`/api/v1/workspaces/${aliceWorkspaceId}/projects`)).statusCode).toBe(200);
    expect((await carol.get(`/api/v1/projects/${aliceProjectId}/tasks`)).statusCode).toBe(200);
    expect((await carol.get(`/api/v1/tasks/${aliceTaskId}`)).statusCode).toBe(200);

    const writes: [Method, string, unknown?][] = [
      ['POST', `/api/v1/workspaces/${aliceWorkspaceId}/projects`, { name: 'Viewer project' }],
      ['PATCH', `/api/v1/projects/${aliceProjectId}`, { version: 1, name: 'Viewer rename' }],
      ['DELETE', `/api/v1/projects/${aliceProjectId}`],
      ['POST', `/api/v1/projects/${aliceProjectId}/tasks`, { name: 'Viewer task', duration: 60 }],
      ['PATCH', `/api/v1/tasks/${aliceTaskId}`, { version: 1, name: 'Viewer rename' }],
      ['DELETE', `/api/v1/tasks/${aliceTaskId}`],
    ];
    for (const [method, url, json] of writes) {
      const response = await carol.request({ method, url, json });
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(403);
      expectProblem(response, 403);
    }
    const task = await alice.get(`/api/v1/tasks/${aliceTaskId}`);
    expect(task.json()).toMatchObject({ name: 'Secret task', version: 1 });
    const projects = await alice.get(`/api/v1/workspaces/${aliceWorkspaceId}/projects`);
    expect(projects.json().items.map((p: { name: string }) => p.name)).toEqual(['Secret plan']);
  });
});
