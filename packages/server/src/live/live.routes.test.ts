import type { Project, Task, TaskWriteResult } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../app';
import { describeEachDatabase } from '../testing/databases';
import { type LiveTestClient, openLiveClient } from './live-test-client';
import { sendAs, signUpForTest, type TestSession } from './live-test-session';

describeEachDatabase('live updates over WebSocket', (database) => {
  let app: FastifyInstance;
  let baseUrl: string;
  let owner: TestSession;
  let colleague: TestSession;
  let stranger: TestSession;
  let projectId: string;
  let otherProjectId: string;
  let taskId: string;
  const clients: LiveTestClient[] = [];

  const open = async (session: TestSession | null, origin?: string) => {
    const client = await openLiveClient(baseUrl, {
      ...(session ? { cookie: session.cookie } : {}),
      ...(origin ? { origin } : {}),
    });
    clients.push(client);
    await client.next('ready');
    return client;
  };
  const subscribe = async (
    client: LiveTestClient,
    target: { projectId: string } | { workspaceId: string },
  ) => {
    const ref = `s${Math.random()}`;
    client.send({ type: 'subscribe', target, ref });
    return Promise.race([
      client.next('subscribed', (m) => m.ref === ref),
      client.next('error', (m) => m.ref === ref),
    ]);
  };

  beforeAll(async () => {
    app = await buildApp({
      database: database.config,
      logger: false,
      rateLimit: false,
      allowedOrigins: ['https://plan.example.test'],
      live: { heartbeatMs: 3_600_000 },
    });
    baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    owner = await signUpForTest(app, 'owner@live.test');
    colleague = await signUpForTest(app, 'colleague@live.test');
    stranger = await signUpForTest(app, 'stranger@live.test');
    const now = new Date().toISOString();
    await app.database.db
      .insertInto('memberships')
      .values({
        workspace_id: owner.workspaceId,
        user_id: colleague.userId,
        role: 'member',
        created_at: now,
        updated_at: now,
      })
      .execute();
    const project = await sendAs<Project>(
      app,
      owner,
      'POST',
      `/api/v1/workspaces/${owner.workspaceId}/projects`,
      {
        name: 'Live',
      },
    );
    projectId = project.id;
    const other = await sendAs<Project>(
      app,
      owner,
      'POST',
      `/api/v1/workspaces/${owner.workspaceId}/projects`,
      {
        name: 'Elsewhere',
      },
    );
    otherProjectId = other.id;
    const created = await sendAs<TaskWriteResult>(app, owner, 'POST', `/api/v1/projects/${projectId}/tasks`, {
      name: 'Design',
      duration: 480,
    });
    taskId = created.task.id;
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses a handshake without a session with 401', async () => {
    await expect(openLiveClient(baseUrl, {})).rejects.toThrow(/401/);
  });

  it('refuses a foreign Origin with 403, and accepts its own host and the allow list', async () => {
    await expect(
      openLiveClient(baseUrl, { cookie: owner.cookie, origin: 'https://evil.example' }),
    ).rejects.toThrow(/403/);
    await expect(openLiveClient(baseUrl, { cookie: owner.cookie, origin: 'null' })).rejects.toThrow(/403/);
    await open(owner, baseUrl);
    await open(owner, 'https://plan.example.test');
  });

  it('sends the ids of a task edit to another viewer of the project within a second', async () => {
    const viewer = await open(colleague);
    expect(await subscribe(viewer, { projectId })).toMatchObject({ type: 'subscribed' });
    const task = await sendAs<Task>(app, owner, 'GET', `/api/v1/tasks/${taskId}`);
    const started = Date.now();
    await sendAs(app, owner, 'PATCH', `/api/v1/tasks/${taskId}`, { version: task.version, duration: 960 });
    const change = await viewer.next('change', (m) => m.event.ids.includes(taskId), 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(change.event).toMatchObject({
      workspaceId: owner.workspaceId,
      projectId,
      entity: 'task',
      kind: 'upsert',
      actorId: owner.userId,
    });
  });

  it('delivers only the subscribed project, plus workspace-level objects', async () => {
    const viewer = await open(colleague);
    await subscribe(viewer, { projectId });
    const base = { workspaceId: owner.workspaceId, kind: 'upsert' as const, actorId: owner.userId };
    app.changeFeed.publish({ ...base, projectId: otherProjectId, entity: 'task', ids: [otherProjectId] });
    app.changeFeed.publish({ ...base, projectId: null, entity: 'resource', ids: [owner.userId] });
    app.changeFeed.publish({ ...base, projectId, entity: 'link', ids: [projectId] });
    await viewer.next('change', (m) => m.event.entity === 'link');
    const changes = viewer.received
      .filter((m) => m.type === 'change')
      .map((m) => m.type === 'change' && m.event.entity);
    expect(changes).toEqual(['resource', 'link']);
  });

  it('answers bad frames with an error frame naming the problem and keeps the socket open', async () => {
    const client = await open(owner);
    client.send('not json');
    expect((await client.next('error')).message).toBe('the frame is not JSON');
    client.send({ type: 'subscribe', target: { projectId: 'nope' }, ref: 'r1' });
    const bad = await client.next('error', (m) => m.ref === 'r1');
    expect(bad).toMatchObject({ code: 'bad-message' });
    expect(bad.message).toMatch(/^target/);
    client.send({ type: 'dance' });
    await client.next('error', (m) => m.message.startsWith('type'));
    client.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    await client.next('error', (m) => m.message.startsWith('binary'));
    client.send({ type: 'ping', ref: 'still-there' });
    await client.next('pong', (m) => m.ref === 'still-there');
  });

  it('closes the socket with 1009 on a frame larger than 16 KiB, and the server carries on', async () => {
    const client = await open(owner);
    client.send(JSON.stringify({ type: 'ping', ref: 'x'.repeat(20_000) }));
    expect(await client.closed()).toBe(1009);
    const next = await open(owner);
    next.send({ type: 'ping', ref: 'after' });
    await next.next('pong', (m) => m.ref === 'after');
  });

  it('refuses subscriptions to projects and workspaces of others as not-found', async () => {
    const client = await open(stranger);
    expect(await subscribe(client, { projectId })).toMatchObject({ type: 'error', code: 'not-found' });
    expect(await subscribe(client, { workspaceId: owner.workspaceId })).toMatchObject({
      type: 'error',
      code: 'not-found',
    });
  });

  it('stops delivering to a member removed from the workspace', async () => {
    const extra = await signUpForTest(app, `removed-${Date.now()}@live.test`);
    const now = new Date().toISOString();
    const db = app.database.db;
    await db
      .insertInto('memberships')
      .values({
        workspace_id: owner.workspaceId,
        user_id: extra.userId,
        role: 'viewer',
        created_at: now,
        updated_at: now,
      })
      .execute();
    const client = await open(extra);
    await subscribe(client, { workspaceId: owner.workspaceId });
    await db
      .deleteFrom('memberships')
      .where('workspace_id', '=', owner.workspaceId)
      .where('user_id', '=', extra.userId)
      .execute();
    // the membership answer from subscribing is trusted for a second: after it, the next event asks again
    await new Promise((resolve) => setTimeout(resolve, 1100));
    app.changeFeed.publish({
      workspaceId: owner.workspaceId,
      projectId,
      entity: 'task',
      kind: 'upsert',
      ids: [taskId],
      actorId: owner.userId,
    });
    expect(await client.next('unsubscribed')).toMatchObject({
      reason: 'revoked',
      target: { workspaceId: owner.workspaceId },
    });
    expect(client.received.some((m) => m.type === 'change')).toBe(false);
  });

  it('closes a socket whose session was signed out at the next heartbeat', async () => {
    const session = await signUpForTest(app, `leaving-${Date.now()}@live.test`);
    const client = await open(session);
    await sendAs(app, session, 'POST', '/api/v1/auth/sign-out', undefined, 204);
    await app.liveHub.heartbeat();
    expect(await client.closed()).toBe(4401);
  });
});
