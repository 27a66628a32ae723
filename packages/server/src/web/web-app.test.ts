import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';

describe('serving the web app', () => {
  let dist: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'tandem-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Tandem</title>');
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    app = await buildApp({
      database: { kind: 'sqlite', file: ':memory:' },
      logger: false,
      rateLimit: false,
      webDist: dist,
    });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves built assets', async () => {
    const response = await app.inject('/assets/app-1234.js');
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('console.log(1)');
  });

  it('answers client-side routes with index.html, never cached', async () => {
    const response = await app.inject('/projects/0193e3b0-7c2a-7d4e-9a10-0123456789ab');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('<title>Tandem</title>');
  });

  it('answers unknown API paths with a 404 problem, not the app', async () => {
    const response = await app.inject('/api/v1/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('serves the API alone when there is no bundle', async () => {
    const apiOnly = await buildApp({
      database: { kind: 'sqlite', file: ':memory:' },
      logger: false,
      rateLimit: false,
      webDist: join(dist, 'missing'),
    });
    try {
      expect((await apiOnly.inject('/')).statusCode).toBe(404);
      expect((await apiOnly.inject('/api/health')).json()).toMatchObject({
        status: 'ok',
        database: 'sqlite',
      });
    } finally {
      await apiOnly.close();
    }
  });
});
