import type { Kysely, Migration } from 'kysely';

/**
 * Weighted scorecards (issue #7): a workspace's scorecard criteria and the value each feature
 * scores on them. A weight is stored exactly as integer thousandths (`weight_milli`: 1.5 → 1500) so
 * a reweight never drifts through binary floats; values are integers on the criterion's scale
 * (`scale_min`–`scale_max`). `scorecards` holds one row per workspace whose version guards the
 * criteria's order. Keys lead with `workspace_id`.
 */
export const scorecardsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('scorecards')
      .addColumn('workspace_id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('scorecard_criteria')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('weight_milli', 'integer', (c) => c.notNull())
      .addColumn('scale_min', 'integer', (c) => c.notNull())
      .addColumn('scale_max', 'integer', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('scorecard_criteria_pk', ['workspace_id', 'id'])
      .execute();
    await db.schema
      .createTable('feature_scorecard_values')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('feature_id', 'text', (c) => c.notNull())
      .addColumn('criterion_id', 'text', (c) => c.notNull())
      .addColumn('value', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('feature_scorecard_values_pk', ['workspace_id', 'feature_id', 'criterion_id'])
      .execute();
    await db.schema
      .createIndex('feature_scorecard_values_criterion_idx')
      .on('feature_scorecard_values')
      .columns(['workspace_id', 'criterion_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('feature_scorecard_values').execute();
    await db.schema.dropTable('scorecard_criteria').execute();
    await db.schema.dropTable('scorecards').execute();
  },
};
