import type { Kysely, Migration } from 'kysely';

/**
 * `projects.plan_stamp`: a fresh id written by every reschedule, in the write's transaction. A
 * server process caching a project's incremental scheduler (scheduling/scheduler-cache.ts) trusts
 * its copy only while the stored stamp is the one it wrote, so a write by another process, or a
 * rolled-back one, sends it back to a full reschedule. Null until the first reschedule.
 */
export const planStampMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('projects').addColumn('plan_stamp', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('projects').dropColumn('plan_stamp').execute();
  },
};
