import type { ServerConfig } from '../config';
import { createDatabase } from '../db/create-database';
import { migrateToLatest } from '../db/migrate';
import { seedBenchWorkspace } from './seed-bench';

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be a whole number from 1 to ${max}, got "${text}"`);
  }
  return value;
}

/**
 * `tandem-server seed-bench`: migrates the database and seeds the API benchmark's workspace, then
 * prints one JSON line `{"workspaceId", "projectIds", "taskCount", "linkCount"}` for the bench.
 */
export async function seedBenchCommand(config: ServerConfig, env: NodeJS.ProcessEnv): Promise<void> {
  const email = env.TANDEM_BENCH_EMAIL?.trim() || 'bench@tandem.local';
  const password = env.TANDEM_BENCH_PASSWORD;
  if (!password || password.length < 12) {
    throw new Error('TANDEM_BENCH_PASSWORD must be set to at least 12 characters');
  }
  const database = createDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    const seeded = await seedBenchWorkspace(database.db, {
      email,
      password,
      projects: whole(env, 'TANDEM_BENCH_PROJECTS', 100, 10_000),
      tasksPerProject: whole(env, 'TANDEM_BENCH_TASKS', 1000, 100_000),
      log: (line) => console.error(line),
    });
    console.log(JSON.stringify(seeded));
  } finally {
    await database.close();
  }
}
