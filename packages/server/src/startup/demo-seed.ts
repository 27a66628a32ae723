import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { seedDemo } from '../demo/index';

export interface DemoSeedOutcome {
  readonly email: string;
  /** The password when Tandem generated it (to print once), else null. */
  readonly generatedPassword: string | null;
}

/** Whether the database holds no account yet (a fresh install). */
export async function isEmptyDatabase(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** Seeds the demo workspace with `password`, or a random one (returned, to be printed once). */
export async function seedDemoWorkspace(
  db: Kysely<Database>,
  password: string | null,
  log: (line: string) => void,
): Promise<DemoSeedOutcome> {
  const generated = password === null ? randomBytes(12).toString('base64url') : null;
  const result = await seedDemo(db, { password: password ?? (generated as string), log });
  return { email: result.email, generatedPassword: generated };
}
