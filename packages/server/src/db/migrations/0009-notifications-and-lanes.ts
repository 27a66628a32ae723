import type { Kysely, Migration } from 'kysely';

/**
 * Roadmap swimlanes and forecast notifications (issue #7).
 *
 * - `features.product_id` (the product a feature belongs to, null = none) and `features.team` (free
 *   text, '' = none): the roadmap's product and team lanes.
 * - `features.forecast_late` and `releases.forecast_late`: the forecast as last judged against the
 *   target, 0 on time (or no forecast), 1 late (and the owners told). A change from 0 to 1
 *   notifies, 1 to 0 re-arms, so each crossing notifies once. Null on rows older than this
 *   migration: their first judgement is recorded without notifying (they may have been late for
 *   months; that is not news).
 * - `notifications`: one message for one user (`user_id`) about one object (`subject_id`), read
 *   when `read_at` is set; `announced_at` is set once the live feed has told viewers (an outbox:
 *   rows are written in the rescheduling transaction, announced after it commits).
 */
export const notificationsAndLanesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('features').addColumn('product_id', 'text').execute();
    await db.schema
      .alterTable('features')
      .addColumn('team', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema.alterTable('features').addColumn('forecast_late', 'integer').execute();
    await db.schema.alterTable('releases').addColumn('forecast_late', 'integer').execute();
    await db.schema
      .createIndex('features_product_idx')
      .on('features')
      .columns(['workspace_id', 'product_id'])
      .execute();
    await db.schema
      .createTable('notifications')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('read_at', 'text')
      .addColumn('announced_at', 'text')
      .addPrimaryKeyConstraint('notifications_pk', ['workspace_id', 'id'])
      .execute();
    await db.schema
      .createIndex('notifications_user_idx')
      .on('notifications')
      .columns(['workspace_id', 'user_id', 'id'])
      .execute();
    await db.schema
      .createIndex('notifications_unannounced_idx')
      .on('notifications')
      .columns(['workspace_id', 'announced_at'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('notifications').execute();
    await db.schema.dropIndex('features_product_idx').execute();
    await db.schema.alterTable('releases').dropColumn('forecast_late').execute();
    for (const column of ['forecast_late', 'team', 'product_id'])
      await db.schema.alterTable('features').dropColumn(column).execute();
  },
};
