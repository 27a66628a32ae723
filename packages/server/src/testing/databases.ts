import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { DatabaseConfig } from '../db/create-database';
import './provided-context';

export type TestDialect = 'sqlite' | 'postgres';

/** A fresh, empty database for one test file or suite. */
export interface TestDatabase {
  readonly name: TestDialect;
  readonly config: DatabaseConfig;
  /** Deletes the database (SQLite: its folder; PostgreSQL: DROP DATABASE … WITH (FORCE)). */
  drop(): Promise<void>;
}

export const TEST_DIALECTS: readonly TestDialect[] = ['sqlite', 'postgres'];

/**
 * Creates one fresh database per dialect: a SQLite file in a new temporary folder, and a
 * `t_<random>` database on the PostgreSQL server provided by the global setup. Drop them with
 * their `drop()` (describeEachDatabase does it for you).
 */
export async function testDatabases(): Promise<TestDatabase[]> {
  return Promise.all(TEST_DIALECTS.map((name) => createTestDatabase(name)));
}

/** Creates one fresh, empty database of the given dialect (see testDatabases). */
export async function createTestDatabase(name: TestDialect): Promise<TestDatabase> {
  return name === 'sqlite' ? createSqliteDatabase() : createPostgresDatabase(postgresAdminUrl());
}

/** The database handed to a `describeEachDatabase` body; `config` is readable once `beforeAll` ran. */
export interface TestDatabaseRef {
  readonly name: TestDialect;
  readonly config: DatabaseConfig;
}

/**
 * Declares the suite once per dialect, named `[sqlite] <title>` and `[postgres] <title>` so the
 * output says which database ran. Each copy gets its own fresh database, created before its
 * tests and dropped after them; read `database.config` inside hooks and tests, not at declaration.
 */
export function describeEachDatabase(title: string, body: (database: TestDatabaseRef) => void): void {
  for (const name of TEST_DIALECTS) {
    describe(`[${name}] ${title}`, () => {
      let created: TestDatabase | null = null;
      beforeAll(async () => {
        created = await createTestDatabase(name);
      });
      afterAll(async () => {
        await created?.drop();
      });
      body({
        name,
        get config(): DatabaseConfig {
          if (!created)
            throw new Error(
              `the ${name} test database is created in beforeAll: read config in a hook or test`,
            );
          return created.config;
        },
      });
    });
  }
}

function createSqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-sqlite-'));
  return {
    name: 'sqlite',
    config: { kind: 'sqlite', file: join(dir, 'tandem.sqlite') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function createPostgresDatabase(adminUrl: string): Promise<TestDatabase> {
  const database = `t_${randomBytes(8).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${database}`));
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return {
    name: 'postgres',
    config: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      await withAdminClient(adminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
      );
    },
  };
}

function postgresAdminUrl(): string {
  const url = inject('tandemPostgresUrl');
  if (!url) {
    throw new Error(
      'no PostgreSQL server for the tests: run them through the server vitest project (its globalSetup ' +
        'starts one) or set TANDEM_TEST_PG_URL',
    );
  }
  return url;
}

async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
