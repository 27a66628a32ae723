import type { SeededBench } from '../bench-seed/seed-bench';
import { seedBenchWorkspace } from '../bench-seed/seed-bench';
import { createDatabase, type DatabaseConfig, type DatabaseHandle } from '../db/create-database';
import { migrateToLatest } from '../db/migrate';

/** A migrated database holding a bench workspace (its plans scheduled), for scheduling tests. */
export async function openSeededPlans(
  config: DatabaseConfig,
  options: { readonly name: string; readonly projects: number; readonly tasksPerProject: number },
): Promise<SeededBench & { readonly handle: DatabaseHandle }> {
  const handle = createDatabase(config);
  await migrateToLatest(handle.db);
  const seeded = await seedBenchWorkspace(handle.db, {
    email: `${options.name}@example.com`,
    password: `${options.name}-password`,
    projects: options.projects,
    tasksPerProject: options.tasksPerProject,
    log: () => {},
  });
  return { ...seeded, handle };
}
