import { CSRF_HEADER, type Session } from '@tandem/api';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from './app';
import { describeEachDatabase } from './testing/databases';

/**
 * Whatever a client sends, the answer is a success or a 4xx problem: never a 5xx. Random JSON
 * bodies, and random mutations of valid ones, against every state-changing route, on both
 * databases (PostgreSQL refuses some text SQLite stores, such as NUL characters).
 */
describeEachDatabase('bad input never causes a server error', (database) => {
  let app: FastifyInstance;
  let cookie: string;
  let csrf: string;
  let projectId: string;
  let taskId: string;
  let workspaceId: string;

  beforeAll(async () => {
    app = await buildApp({ database: database.config, logger: false, rateLimit: false });
    const signUp = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email: 'fuzz@example.test', password: 'fuzzing-password', name: 'Fuzz' },
    });
    const session = signUp.json<Session>();
    cookie = String(signUp.headers['set-cookie']).split(';')[0];
    csrf = session.csrfToken;
    workspaceId = session.memberships[0].workspaceId;
    const project = await send('POST', `/api/v1/workspaces/${workspaceId}/projects`, { name: 'Fuzz' });
    projectId = project.json().id;
    taskId = (
      await send('POST', `/api/v1/projects/${projectId}/tasks`, { name: 'Seed', duration: 480 })
    ).json().task.id;
  });

  afterAll(async () => {
    await app?.close();
  });

  function send(method: 'POST' | 'PATCH', url: string, payload: unknown) {
    return app.inject({
      method,
      url,
      headers: { cookie, [CSRF_HEADER]: csrf, 'content-type': 'application/json' },
      payload: JSON.stringify(payload),
    });
  }

  const targets = (): [method: 'POST' | 'PATCH', url: string][] => [
    ['POST', `/api/v1/workspaces/${workspaceId}/projects`],
    ['PATCH', `/api/v1/projects/${projectId}`],
    ['POST', `/api/v1/projects/${projectId}/tasks`],
    ['PATCH', `/api/v1/tasks/${taskId}`],
    ['POST', '/api/v1/workspaces'],
    ['POST', '/api/v1/auth/sign-in'],
  ];

  const expectNoServerError = (status: number, body: string, contentType: unknown) => {
    expect(status, body).toBeLessThan(500);
    if (status >= 400) expect(String(contentType)).toContain('application/problem+json');
  };

  it('answers arbitrary JSON bodies with 2xx or a 4xx problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 5 }), fc.jsonValue(), async (target, body) => {
        const [method, url] = targets()[target];
        const response = await send(method, url, body);
        expectNoServerError(response.statusCode, response.body, response.headers['content-type']);
      }),
      { numRuns: 150 },
    );
  });

  it('answers near-valid task bodies (one field replaced by anything) with 2xx or a 4xx problem', async () => {
    const statuses = new Set<number>();
    const fields = [
      'name',
      'duration',
      'durationUnit',
      'parentId',
      'afterTaskId',
      'milestone',
      'percentComplete',
      'constraintType',
      'constraintDate',
      'deadline',
      'notes',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fields),
        fc.oneof(
          fc.jsonValue(),
          fc.string(),
          fc.double(),
          fc.string({ unit: 'binary' }),
          fc.constantFrom('nul\u0000byte', '2026-02-29T08:00:00', '2199-12-31T23:59:59', 'ASAP', 'MSO', null),
        ),
        fc.boolean(),
        async (field, value, patch) => {
          const body = patch
            ? {
                version: (await app.inject({ url: `/api/v1/tasks/${taskId}`, headers: { cookie } })).json()
                  .version,
                [field]: value,
              }
            : { name: 'Fuzzed', duration: 60, [field]: value };
          const response = patch
            ? await send('PATCH', `/api/v1/tasks/${taskId}`, body)
            : await send('POST', `/api/v1/projects/${projectId}/tasks`, body);
          expectNoServerError(response.statusCode, response.body, response.headers['content-type']);
          statuses.add(response.statusCode);
        },
      ),
      { numRuns: 150 },
    );
    // the property must reach the write paths, not only the validator
    expect(
      [...statuses].some((status) => status < 300),
      `statuses seen: ${[...statuses]}`,
    ).toBe(true);
    expect(
      [...statuses].some((status) => status === 400),
      `statuses seen: ${[...statuses]}`,
    ).toBe(true);
  });
});
