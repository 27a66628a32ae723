import type { FastifyInstance } from 'fastify';
import { type BuildAppOptions, buildApp } from '../../src/app';
import type { DatabaseConfig } from '../../src/db/create-database';

/** The app as the tests run it: quiet logs, the given database, and any overrides. */
export async function startTestApp(
  database: DatabaseConfig,
  overrides: Omit<BuildAppOptions, 'database'> = {},
): Promise<FastifyInstance> {
  const app = await buildApp({ database, logger: false, ...overrides });
  await app.ready();
  return app;
}
