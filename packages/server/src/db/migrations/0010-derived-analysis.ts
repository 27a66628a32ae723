import type { Kysely, Migration } from 'kysely';

/** The schedule analysis columns migration 0002 added to tasks, with their defaults. */
const ANALYSIS_COLUMNS = [
  ['critical', 'integer', 0],
  ['total_slack', 'integer', 0],
  ['free_slack', 'integer', 0],
  ['late_start', 'text', null],
  ['late_finish', 'text', null],
] as const;

/**
 * A task's schedule analysis (critical, total and free slack, late start and finish) is no longer
 * stored: the engine derives it with the dates and each serving process keeps it with its cached
 * plan (scheduling/task-analysis.ts). Stored, an edit that moved a dozen tasks rewrote some fifty
 * rows whose slack changed, and one that moved the project's finish rewrote every row.
 * The dates a reschedule computes (start, finish, a summary's duration) stay stored: queries and
 * other tools read them.
 */
export const derivedAnalysisMigration: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [name] of ANALYSIS_COLUMNS) {
      await db.schema.alterTable('tasks').dropColumn(name).execute();
    }
  },
  async down(db: Kysely<unknown>) {
    // the analysis comes back at its defaults: the next reschedule of each project fills it in
    for (const [name, type, fallback] of ANALYSIS_COLUMNS) {
      await db.schema
        .alterTable('tasks')
        .addColumn(name, type, (column) =>
          fallback === null ? column : column.notNull().defaultTo(fallback),
        )
        .execute();
    }
  },
};
