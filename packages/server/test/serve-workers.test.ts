import { request } from 'node:http';
import { dirname } from 'node:path';
import { CSRF_HEADER, SESSION_COOKIE } from '@tandem/api';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type LiveTestClient, openLiveClient } from '../src/live/live-test-client';
import { describeEachDatabase } from '../src/testing/index';
import { uniqueEmail } from './support/agent';
import { type RunningServer, startServerProcess } from './support/server-process';

const DAY = 480;

interface Answer {
  readonly status: number;
  readonly json: Record<string, unknown>;
  readonly setCookie: readonly string[];
}

/**
 * `tandem-server serve` with TANDEM_WORKERS=2: edits of one project arriving at both worker
 * processes (each request on a connection of its own, which the cluster hands out in turn) keep
 * the right dates, and every live socket hears every edit whichever worker made it.
 */
describeEachDatabase('serving from two worker processes (TANDEM_WORKERS=2)', (database) => {
  let server: RunningServer;
  let cookie = '';
  let csrf = '';
  let projectId = '';
  const ids: string[] = [];
  const sockets: LiveTestClient[] = [];

  /** One request on a fresh connection (no keep-alive: the next one may reach the other worker). */
  function send(method: string, path: string, body?: unknown): Promise<Answer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const url = new URL(path, server.baseUrl);
    return new Promise((resolve, reject) => {
      const req = request(
        {
          agent: false,
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method,
          headers: {
            ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
            ...(csrf && method !== 'GET' ? { [CSRF_HEADER]: csrf } : {}),
            ...(payload ? { 'content-type': 'application/json' } : {}),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
              setCookie: res.headers['set-cookie'] ?? [],
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  async function ok(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const answer = await send(method, path, body);
    expect(answer.status, JSON.stringify(answer.json)).toBeLessThan(300);
    return answer.json;
  }

  beforeAll(async () => {
    const env: Record<string, string> = { TANDEM_WORKERS: '2', TANDEM_DEMO: 'off', TANDEM_RATE_LIMIT: '0' };
    if (database.config.kind === 'sqlite') env.TANDEM_DATA_DIR = dirname(database.config.file);
    else env.TANDEM_DATABASE_URL = database.config.url;
    server = await startServerProcess(env);
    const signUp = await send('POST', '/api/v1/auth/sign-up', {
      email: uniqueEmail('workers'),
      password: 'two workers password',
      name: 'Wes Workers',
    });
    expect(signUp.status, JSON.stringify(signUp.json)).toBe(201);
    cookie = new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(signUp.setCookie.join('\n'))?.[1] ?? '';
    csrf = String(signUp.json.csrfToken);
    const workspaceId = (signUp.json.memberships as { workspaceId: string }[])[0].workspaceId;
    const project = await ok('POST', `/api/v1/workspaces/${workspaceId}/projects`, {
      name: 'Served twice',
      start: '2026-03-02T08:00:00',
    });
    projectId = String(project.id);
    for (const name of ['T1', 'T2', 'T3']) {
      const created = await ok('POST', `/api/v1/projects/${projectId}/tasks`, { name, duration: DAY });
      ids.push(String((created.task as { id: string }).id));
    }
    for (const [predecessorId, successorId] of [
      [ids[0], ids[1]],
      [ids[1], ids[2]],
    ]) {
      await ok('POST', `/api/v1/projects/${projectId}/links`, {
        predecessorId,
        successorId,
        type: 'FS',
        lag: 0,
      });
    }
    // two sockets, two connections: the cluster gives them to different workers in turn
    for (let i = 0; i < 2; i++) {
      const socket = await openLiveClient(server.baseUrl, { cookie: `${SESSION_COOKIE}=${cookie}` });
      sockets.push(socket);
      await socket.next('ready');
      socket.send({ type: 'subscribe', target: { projectId }, ref: `s${i}` });
      await socket.next('subscribed', (m) => m.ref === `s${i}`);
    }
  }, 120_000);
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    if (server) expect(await server.stop(), server.output()).toBe(0);
  });

  async function dates(taskId: string): Promise<[string, string]> {
    const task = await ok('GET', `/api/v1/tasks/${taskId}`);
    return [String(task.start), String(task.finish)];
  }

  it('keeps the chain right when edits alternate between the workers, and tells every socket', async () => {
    // each edit reads the version and writes on fresh connections: the two workers take turns
    const edits: [number, number][] = [
      [0, 2],
      [1, 3],
      [0, 1],
      [2, 2],
      [1, 1],
    ];
    for (const [n, [index, days]] of edits.entries()) {
      // connections go to the workers in turn: a read between shifts the next edit to the other one
      if (n % 2 === 1) await ok('GET', `/api/v1/projects/${projectId}/tasks?limit=1`);
      const current = await ok('GET', `/api/v1/tasks/${ids[index]}`);
      await ok('PATCH', `/api/v1/tasks/${ids[index]}`, { version: current.version, duration: days * DAY });
    }
    // T1 1 day (Mon 2), T2 1 day (Tue 3), T3 2 days (Wed 4 – Thu 5), read through both workers
    for (let round = 0; round < 2; round++) {
      expect(await dates(ids[0])).toEqual(['2026-03-02T08:00:00', '2026-03-02T17:00:00']);
      expect(await dates(ids[1])).toEqual(['2026-03-03T08:00:00', '2026-03-03T17:00:00']);
      expect(await dates(ids[2])).toEqual(['2026-03-04T08:00:00', '2026-03-05T17:00:00']);
    }
    // every edit reaches both sockets, from whichever worker made it
    const heard = (socket: LiveTestClient) =>
      socket.received.filter((m) => m.type === 'change' && m.event.entity === 'task').length;
    const deadline = Date.now() + 5000;
    while (sockets.some((socket) => heard(socket) < edits.length) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(sockets.map(heard)).toEqual([edits.length, edits.length]);
  });
});
