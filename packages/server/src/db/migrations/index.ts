import type { Migration } from 'kysely';
import { foundationMigration } from './0001-foundation';

/** Every migration, by name; names sort in the order they run. Never rename or edit a shipped one. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-foundation': foundationMigration,
};
