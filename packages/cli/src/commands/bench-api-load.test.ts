import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadTarget, runLoad } from './bench-api-load';

/** Paths of the task listings the stand-in API answered. */
const listed: string[] = [];

/** A stand-in API: tasks with versions; a PATCH with a stale version answers 409 with `current`. */
function fakeApi(): Server {
  const versions = new Map<string, number>();
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const send = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (request.headers.cookie !== 'session=1') return send(401, { title: 'no cookie' });
      const task = /^\/api\/v1\/tasks\/([^/]+)$/.exec(request.url ?? '');
      if (request.method === 'GET' && /^\/api\/v1\/projects\/[^/]+\/tasks(\?|$)/.test(request.url ?? '')) {
        listed.push(request.url ?? '');
        return send(200, { items: [] });
      }
      if (!task) return send(404, { title: 'no route' });
      const id = task[1];
      const version = versions.get(id) ?? 1;
      if (request.method === 'GET') return send(200, { id, version });
      if (request.headers['x-csrf-token'] !== 'csrf') return send(403, { title: 'csrf' });
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { version: number };
      if (body.version !== version) return send(409, { current: { id, version } });
      versions.set(id, version + 1);
      return send(200, { task: { id, version: version + 1 }, rescheduled: [] });
    });
  });
}

describe('API load generator', () => {
  let server: Server;
  let baseUrl: string;
  beforeAll(async () => {
    server = fakeApi();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends the configured mix, follows versions and counts conflicts apart from errors', async () => {
    // two tasks edited by 8 clients: conflicts are certain, errors must stay at zero
    const target: LoadTarget = { projectIds: ['p1'], taskIds: ['t1', 't2'], versions: new Map() };
    const report = await runLoad(target, {
      baseUrl,
      cookie: 'session=1',
      csrf: 'csrf',
      clients: 8,
      durationMs: 600,
      warmupMs: 100,
      writeShare: 0.5,
      listShare: 0.2,
      listPage: 100,
      seed: 1,
    });
    expect(report.errors).toBe(0);
    expect(report.requests).toBeGreaterThan(50);
    expect(report.requests).toBe(report.all.count);
    const writes = report.byKind['patch-task'].count / report.requests;
    expect(writes).toBeGreaterThan(0.35);
    expect(writes).toBeLessThan(0.65);
    expect(report.byKind['list-tasks'].count).toBeGreaterThan(0);
    // a listing reads the first page, as an API client pages
    expect(new Set(listed)).toEqual(new Set(['/api/v1/projects/p1/tasks?limit=100']));
    expect(report.conflicts).toBeGreaterThan(0);
    expect(report.conflicts).toBeLessThan(report.byKind['patch-task'].count);
    expect(target.versions.get('t1')).toBeGreaterThan(1);
    expect(report.all.p50Ms).toBeLessThanOrEqual(report.all.p99Ms);
  });

  it('sends at the given rate in open loop, counting latency from when each request was due', async () => {
    const target: LoadTarget = { projectIds: ['p1'], taskIds: ['t1', 't2', 't3'], versions: new Map() };
    const edges: string[] = [];
    const report = await runLoad(target, {
      onWindow: (edge) => edges.push(edge),
      baseUrl,
      cookie: 'session=1',
      csrf: 'csrf',
      clients: 4,
      durationMs: 1000,
      warmupMs: 100,
      writeShare: 0.2,
      listShare: 0.1,
      listPage: 0,
      seed: 3,
      rate: 200,
    });
    expect(report.errors).toBe(0);
    // 200 requests due in the measured second (sent, or not sent on a starved machine); a closed
    // loop on this stand-in would send thousands
    expect(report.requests + report.unsent).toBeGreaterThanOrEqual(195);
    expect(report.requests + report.unsent).toBeLessThanOrEqual(205);
    expect(report.requestsPerSecond).toBeGreaterThan(100);
    expect(report.requestsPerSecond).toBeLessThanOrEqual(205);
    // the window's edges are reported once each, also when the clients finish before its timer
    expect(edges).toEqual(['open', 'close']);
  });

  it('stops at the end of the window and counts the requests it could not send in time', async () => {
    const slow = createServer((_request, response) => {
      setTimeout(() => response.end('{}'), 100);
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const started = performance.now();
      const report = await runLoad(
        { projectIds: ['p1'], taskIds: ['t1'], versions: new Map() },
        {
          baseUrl: `http://127.0.0.1:${(slow.address() as AddressInfo).port}`,
          cookie: 'session=1',
          csrf: 'csrf',
          clients: 2,
          durationMs: 500,
          warmupMs: 0,
          writeShare: 0,
          listShare: 0,
          listPage: 0,
          seed: 4,
          rate: 200,
        },
      );
      // 100 requests due, 2 clients answered every 100 ms: about 10 sent, the rest never sent
      // (sending them all would take 5 s)
      expect(performance.now() - started).toBeLessThan(3000);
      expect(report.requests).toBeLessThan(20);
      expect(report.unsent).toBeGreaterThan(75);
      expect(report.requests + report.unsent).toBeGreaterThanOrEqual(99);
      // the requests never sent count in the percentiles, as late as the window's end at least
      expect(report.all.count).toBe(report.requests + report.unsent);
      expect(report.all.p50Ms).toBeGreaterThan(100);
    } finally {
      await new Promise((resolve) => slow.close(resolve));
    }
  });

  it('reports refused requests as errors with a sample', async () => {
    const target: LoadTarget = { projectIds: ['p1'], taskIds: ['t1'], versions: new Map() };
    const report = await runLoad(target, {
      baseUrl,
      cookie: 'wrong',
      csrf: 'csrf',
      clients: 2,
      durationMs: 200,
      warmupMs: 0,
      writeShare: 0,
      listShare: 0,
      listPage: 0,
      seed: 2,
    });
    expect(report.errors).toBe(report.requests);
    expect(report.errorSamples[0]).toMatch(/^get-task 401/);
  });
});
