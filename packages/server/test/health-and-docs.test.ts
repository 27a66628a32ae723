import { healthSchema, routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { startTestApp } from './support/test-app';

describeEachDatabase('health and API docs', (database) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await startTestApp(database.config);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers GET /api/health with ok and the database kind, without a session', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['content-type'])).toMatch(/^application\/json/);
    const health = healthSchema.parse(response.json());
    expect(health).toMatchObject({ status: 'ok', database: database.name });
    expect(health.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('lists every route of the contract in /api/v1/openapi.json', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toMatch(/^3\./);
    for (const route of Object.values(routes)) {
      const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
      expect(document.paths[path], `${route.method} ${path}`).toBeDefined();
      expect(document.paths[path][route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
    }
    const signIn = document.paths['/api/v1/auth/sign-in'].post as { requestBody?: unknown };
    expect(JSON.stringify(signIn.requestBody)).toContain('password');
  });

  it('serves browsable docs at /api/docs', async () => {
    let response = await app.inject({ method: 'GET', url: '/api/docs' });
    for (let hops = 0; hops < 3 && response.statusCode >= 300 && response.statusCode < 400; hops++) {
      const location = String(response.headers.location);
      response = await app.inject({
        method: 'GET',
        url: new URL(location, 'http://localhost/api/docs').pathname,
      });
    }
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['content-type'])).toMatch(/text\/html/);
  });
});
