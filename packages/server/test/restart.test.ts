import { dirname } from 'node:path';
import type { TandemClient } from '@tandem/api';
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestDatabaseRef } from '../src/testing/index';
import { cookieClient, type RunningServer, startServerProcess } from './support/server-process';

const DEMO_EMAIL = 'demo@tandem.local';
const DEMO_PASSWORD = 'restart test demo password';

function serverEnv(database: TestDatabaseRef): Record<string, string> {
  const env: Record<string, string> = { TANDEM_DEMO_PASSWORD: DEMO_PASSWORD, TANDEM_DEMO: 'on' };
  if (database.config.kind === 'sqlite') env.TANDEM_DATA_DIR = dirname(database.config.file);
  else env.TANDEM_DATABASE_URL = database.config.url;
  return env;
}

/**
 * Project names and task counts as the demo user sees them, and each project's schedule analysis
 * (not stored: a restarted server computes it again).
 */
async function snapshot(client: TandemClient): Promise<Record<string, number | string>> {
  const workspaces = await client.listWorkspaces();
  const result: Record<string, number | string> = {};
  for (const workspace of workspaces.items) {
    const projects = await client.listProjects({ params: { workspaceId: workspace.id } });
    for (const project of projects.items) {
      const tasks = await client.listTasks({ params: { projectId: project.id } });
      result[`${workspace.name} / ${project.name}`] = tasks.items.length;
      result[`${workspace.name} / ${project.name} analysis`] = tasks.items
        .map(
          (t) =>
            `${t.critical ? 'critical' : '-'} ${t.totalSlack} ${t.freeSlack} ${t.lateStart} ${t.lateFinish}`,
        )
        .join('\n');
    }
  }
  return result;
}

async function withServer<T>(
  database: TestDatabaseRef,
  work: (server: RunningServer) => Promise<T>,
): Promise<T> {
  const server = await startServerProcess(serverEnv(database));
  try {
    return await work(server);
  } finally {
    const code = await server.stop();
    expect(code, server.output()).toBe(0);
  }
}

describeEachDatabase('restart on the same data (tandem-server serve twice)', (database) => {
  it('seeds the demo on the first start only, and keeps every row on the second', async () => {
    const first = await withServer(database, async (server) => {
      expect(server.output()).toMatch(/seeding the demo workspace/i);
      const health = await fetch(`${server.baseUrl}/api/health`);
      expect(await health.json()).toMatchObject({ status: 'ok', database: database.name });

      const client = cookieClient(server.baseUrl);
      const session = await client.signIn({ body: { email: DEMO_EMAIL, password: DEMO_PASSWORD } });
      const demo = session.memberships.find((m) => m.workspaceName === 'Northwind Labs');
      expect(demo?.role).toBe('owner');
      const projects = await client.listProjects({ params: { workspaceId: demo?.workspaceId ?? '' } });
      expect(projects.items.map((p) => p.name)).toEqual(['Aurora 2.0 launch', 'Website refresh']);
      const before = await snapshot(client);
      expect(before['Northwind Labs / Aurora 2.0 launch']).toBeGreaterThanOrEqual(80);
      expect(before['Northwind Labs / Website refresh']).toBeGreaterThanOrEqual(20);
      // a real analysis: a critical path, and tasks with slack
      expect(before['Northwind Labs / Aurora 2.0 launch analysis']).toMatch(/^critical 0 /m);
      expect(before['Northwind Labs / Aurora 2.0 launch analysis']).toMatch(/^- [1-9]/m);
      // data written between the starts must survive too
      const added = await client.createProject({
        params: { workspaceId: demo?.workspaceId ?? '' },
        body: { name: 'Added before the restart' },
      });
      await client.createTask({ params: { projectId: added.id }, body: { name: 'Survives', duration: 480 } });
      return snapshot(client);
    });

    await withServer(database, async (server) => {
      expect(server.output()).not.toMatch(/seeding/i);
      expect(server.output()).not.toMatch(/migration.*failed|error/i);
      const client = cookieClient(server.baseUrl);
      await client.signIn({ body: { email: DEMO_EMAIL, password: DEMO_PASSWORD } });
      const after = await snapshot(client);
      expect(after).toEqual(first);
      expect(after['Northwind Labs / Added before the restart']).toBe(1);
    });
  }, 180_000);
});
