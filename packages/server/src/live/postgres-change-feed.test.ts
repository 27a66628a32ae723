import type { Project, TaskWriteResult } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createTestDatabase, type TestDatabase } from '../testing/databases';
import type { ChangeEvent } from './change-feed';
import { openLiveClient } from './live-test-client';
import { sendAs, signUpForTest } from './live-test-session';
import { PostgresChangeFeed } from './postgres-change-feed';

const uuid = (n: number) => `0190a0b0-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

function collect(feed: PostgresChangeFeed): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  feed.subscribe((event) => events.push(event));
  return events;
}

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('[postgres] change feed over LISTEN/NOTIFY', () => {
  let database: TestDatabase;
  const feeds: PostgresChangeFeed[] = [];
  const start = async () => {
    if (database.config.kind !== 'postgres') throw new Error('a PostgreSQL test database was expected');
    const feed = await PostgresChangeFeed.start({ url: database.config.url });
    feeds.push(feed);
    return feed;
  };

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await Promise.all(feeds.map((feed) => feed.close()));
    await database?.drop();
  });

  it('delivers an event to the other process within a second, and to its own listeners once', async () => {
    const a = await start();
    const b = await start();
    const seenByA = collect(a);
    const seenByB = collect(b);
    const event: ChangeEvent = {
      workspaceId: uuid(1),
      projectId: uuid(2),
      entity: 'task',
      kind: 'upsert',
      ids: [uuid(3)],
      rescheduledTaskIds: [uuid(4)],
      actorId: uuid(5),
    };
    const started = Date.now();
    a.publish(event);
    await waitFor(() => seenByB.length === 1, 1000, 'the event on the other feed');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(seenByB[0]).toEqual(event);
    // give a stray echo of A's own NOTIFY time to arrive: there must be none
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seenByA).toEqual([event]);
  });

  it('carries an event with thousands of ids in several notifications, every id once', async () => {
    const a = await start();
    const b = await start();
    const seenByB = collect(b);
    const ids = Array.from({ length: 3000 }, (_, i) => uuid(10_000 + i));
    a.publish({
      workspaceId: uuid(1),
      projectId: uuid(2),
      entity: 'task',
      kind: 'upsert',
      ids: ids.slice(0, 1),
      rescheduledTaskIds: ids.slice(1),
      actorId: uuid(5),
    });
    await waitFor(
      () => seenByB.flatMap((e) => [...e.ids, ...(e.rescheduledTaskIds ?? [])]).length === ids.length,
      2000,
      'all ids on the other feed',
    );
    expect(seenByB.length).toBeGreaterThan(1);
    expect(seenByB.flatMap((e) => [...e.ids, ...(e.rescheduledTaskIds ?? [])])).toEqual(ids);
  });

  it('listens again after its connection is killed, and then receives again', async () => {
    if (database.config.kind !== 'postgres') throw new Error('a PostgreSQL test database was expected');
    const warnings: string[] = [];
    const a = await PostgresChangeFeed.start({
      url: database.config.url,
      log: (line) => warnings.push(line),
    });
    feeds.push(a);
    const b = await start();
    const seenByA = collect(a);
    const admin = new pg.Client({ connectionString: database.config.url });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where query = 'LISTEN tandem_changes' and pid <> pg_backend_pid()",
      );
      expect(rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await waitFor(
      () => warnings.some((line) => line.includes('lost the PostgreSQL LISTEN connection')),
      2000,
      'the loss noticed',
    );
    const event: ChangeEvent = {
      workspaceId: uuid(1),
      projectId: null,
      entity: 'resource',
      kind: 'delete',
      ids: [uuid(9)],
      actorId: uuid(5),
    };
    // every feed listens again: keep publishing until A has reconnected and hears B
    const deadline = Date.now() + 5000;
    while (seenByA.length === 0 && Date.now() < deadline) {
      b.publish(event);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(seenByA[0]).toEqual(event);
  });

  it('a task edit through server A reaches a live socket on server B within a second', async () => {
    const apps: FastifyInstance[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        apps.push(await buildApp({ database: database.config, logger: false, rateLimit: false }));
      }
      const [a, b] = apps;
      const baseUrlB = await b.listen({ port: 0, host: '127.0.0.1' });
      const owner = await signUpForTest(a, 'two-servers@live.test');
      const project = await sendAs<Project>(
        a,
        owner,
        'POST',
        `/api/v1/workspaces/${owner.workspaceId}/projects`,
        {
          name: 'Two servers',
        },
      );
      const created = await sendAs<TaskWriteResult>(
        a,
        owner,
        'POST',
        `/api/v1/projects/${project.id}/tasks`,
        {
          name: 'Pour concrete',
          duration: 480,
        },
      );
      const viewer = await openLiveClient(baseUrlB, { cookie: owner.cookie });
      try {
        viewer.send({ type: 'subscribe', target: { projectId: project.id } });
        await viewer.next('subscribed');
        const started = Date.now();
        await sendAs(a, owner, 'PATCH', `/api/v1/tasks/${created.task.id}`, {
          version: created.task.version,
          duration: 960,
        });
        const change = await viewer.next('change', (m) => m.event.ids.includes(created.task.id), 1000);
        expect(Date.now() - started).toBeLessThan(1000);
        expect(change.event).toMatchObject({ projectId: project.id, entity: 'task', actorId: owner.userId });
      } finally {
        viewer.close();
      }
    } finally {
      await Promise.all(apps.map((app) => app.close()));
    }
  });
});
