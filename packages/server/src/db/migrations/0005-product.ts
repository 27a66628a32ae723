import type { Kysely, Migration } from 'kysely';

/**
 * The product workspace (issue #7): ideas, features and initiatives with their scoring inputs,
 * roadmap lane and release, and their links to project work (tasks, milestones or whole
 * projects) from which delivery forecasts are derived. Keys lead with `workspace_id`.
 */
export const productMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('features')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('status_reason', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text')
      .addColumn('rice_reach', 'double precision')
      .addColumn('rice_impact', 'double precision')
      .addColumn('rice_confidence', 'double precision')
      .addColumn('rice_effort', 'double precision')
      .addColumn('wsjf_business_value', 'double precision')
      .addColumn('wsjf_time_criticality', 'double precision')
      .addColumn('wsjf_risk_reduction', 'double precision')
      .addColumn('wsjf_job_size', 'double precision')
      .addColumn('value_score', 'double precision')
      .addColumn('effort_score', 'double precision')
      .addColumn('kano', 'text')
      .addColumn('lane', 'text')
      .addColumn('rank', 'double precision', (c) => c.notNull())
      .addColumn('release_id', 'text')
      .addColumn('target_date', 'text')
      .addColumn('effort_minutes', 'integer')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('features_pk', ['workspace_id', 'id'])
      .execute();
    await db.schema
      .createIndex('features_rank_idx')
      .on('features')
      .columns(['workspace_id', 'rank'])
      .execute();
    await db.schema
      .createTable('feature_links')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('feature_id', 'text', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      // '' links the whole project (a key column cannot be null)
      .addColumn('task_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('feature_links_pk', ['workspace_id', 'feature_id', 'project_id', 'task_id'])
      .execute();
    await db.schema
      .createIndex('feature_links_project_idx')
      .on('feature_links')
      .columns(['workspace_id', 'project_id'])
      .execute();

    // the feedback inbox: what customers said, triaged onto the feature it is evidence for
    await db.schema
      .createTable('feedback_items')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('customer', 'text', (c) => c.notNull())
      .addColumn('company', 'text', (c) => c.notNull())
      .addColumn('segment', 'text', (c) => c.notNull())
      .addColumn('importance', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('feature_id', 'text')
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('feedback_items_pk', ['workspace_id', 'id'])
      .execute();
    await db.schema
      .createIndex('feedback_items_feature_idx')
      .on('feedback_items')
      .columns(['workspace_id', 'feature_id'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of ['feedback_items', 'feature_links', 'features'])
      await db.schema.dropTable(table).execute();
  },
};
