import type { Kysely, Migration } from 'kysely';

type ColumnSpec = readonly [name: string, type: 'text' | 'integer', notNullDefault?: string | number];

/** Schedule analysis (written by the rescheduler), priority and progress actuals of a task. */
const TASK_COLUMNS: readonly ColumnSpec[] = [
  ['critical', 'integer', 0],
  /** Working minutes. */
  ['total_slack', 'integer', 0],
  ['free_slack', 'integer', 0],
  ['late_start', 'text'],
  ['late_finish', 'text'],
  /** 0–1000, Microsoft Project's default 500. */
  ['priority', 'integer', 500],
  ['actual_start', 'text'],
  ['actual_finish', 'text'],
  /** Working minutes, null = derived from percent complete. */
  ['actual_duration', 'integer'],
  ['remaining_duration', 'integer'],
];

/** Status date, currency, scheduling direction and the workspace calendar a project uses. */
const PROJECT_COLUMNS: readonly ColumnSpec[] = [
  ['status_date', 'text'],
  /** ISO 4217 code. */
  ['currency', 'text', 'USD'],
  /** 'start' or 'finish'. */
  ['schedule_from', 'text', 'start'],
  /** The fixed finish date of a project scheduled from its finish. */
  ['finish_date', 'text'],
  /** A workspace calendar (null = the project's own embedded `calendar` week). */
  ['calendar_id', 'text'],
];

/**
 * The project workspace: workspace calendars (base and derived, with exceptions and work weeks as
 * JSON validated by the `@tandem/api` schema), the schedule analysis the Gantt draws (critical,
 * slack, late dates), task priority and actuals, and project status date, currency, direction and
 * calendar. Added columns carry defaults, so existing rows stay valid on both dialects.
 */
export const projectWorkspaceMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('calendars')
      .addColumn('workspace_id', 'text', (c) =>
        c.notNull().references('workspaces.workspace_id').onDelete('cascade'),
      )
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('base_calendar_id', 'text')
      /** JSON: 7 entries (Sunday first) of `{working, ranges}` or null (inherit from the base). */
      .addColumn('week', 'text', (c) => c.notNull())
      .addColumn('exceptions', 'text', (c) => c.notNull())
      .addColumn('work_weeks', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('calendars_pk', ['workspace_id', 'id'])
      .addForeignKeyConstraint('calendars_base_fk', ['workspace_id', 'base_calendar_id'], 'calendars', [
        'workspace_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('calendars_name_idx')
      .on('calendars')
      .columns(['workspace_id', 'name'])
      .execute();

    for (const [table, columns] of [
      ['tasks', TASK_COLUMNS],
      ['projects', PROJECT_COLUMNS],
    ] as const) {
      // one column per statement: SQLite's ALTER TABLE adds one at a time
      for (const [name, type, notNullDefault] of columns) {
        await db.schema
          .alterTable(table)
          .addColumn(name, type, (c) =>
            notNullDefault === undefined ? c : c.notNull().defaultTo(notNullDefault),
          )
          .execute();
      }
    }
    await db.schema
      .createIndex('projects_calendar_idx')
      .on('projects')
      .columns(['workspace_id', 'calendar_id'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('projects_calendar_idx').ifExists().execute();
    for (const [table, columns] of [
      ['projects', PROJECT_COLUMNS],
      ['tasks', TASK_COLUMNS],
    ] as const) {
      for (const [name] of [...columns].reverse()) {
        await db.schema.alterTable(table).dropColumn(name).execute();
      }
    }
    await db.schema.dropTable('calendars').ifExists().execute();
  },
};
