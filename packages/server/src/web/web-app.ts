import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { problemTypes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from '../http/problem-reply';

/** The built web app, found from this package's location (never from the working directory). */
export function defaultWebDist(): string {
  return fileURLToPath(new URL('../../../web/dist', import.meta.url));
}

/**
 * Serves the single-page app from `dist` with a fallback to index.html for every non-API GET, and
 * answers unknown API paths with a 404 problem. Without a bundle the API still runs, and the log
 * says how to build it.
 */
export async function registerWebApp(app: FastifyInstance, dist: string | null): Promise<void> {
  const hasBundle = dist !== null && existsSync(join(dist, 'index.html'));
  if (dist !== null && !hasBundle) {
    app.log.warn(`web app bundle not found at ${dist}: serving the API only (run "npm run build:web")`);
  }
  if (hasBundle) {
    await app.register(fastifyStatic, { root: dist, wildcard: false, index: false, maxAge: '1h' });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    if (hasBundle && (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api/')) {
      // index.html must never be cached: it names the hashed bundles of the current release
      return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
    }
    return sendProblem(request, reply, {
      type: problemTypes.notFound,
      title: 'Not found',
      status: 404,
      detail: `no route ${request.method} ${path}`,
    });
  });
}
