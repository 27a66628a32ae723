import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/create-database';
import { defineRoute } from '../http/define-route';
import { TANDEM_VERSION } from '../version';

export function registerHealthRoutes(app: FastifyInstance, database: DatabaseHandle): void {
  defineRoute(app, routes.health, async () => {
    // a trivial query proves the database answers, not just that the process is up
    await sql`select 1`.execute(database.db);
    return { status: 'ok' as const, database: database.dialect, version: TANDEM_VERSION };
  });
}
