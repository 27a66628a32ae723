import type { Kysely, Migration } from 'kysely';

/**
 * More of the product workspace (issue #7): releases (features name theirs by
 * `features.release_id`), read-only roadmap share links, goals (objectives, key results, check-ins,
 * and the features serving them), products with their lifecycle history, the stakeholder register,
 * and the market (competitors, comparison matrix, trends, SWOT). Keys lead with `workspace_id`.
 * `share_tokens` is the one global lookup (like `sessions`): a signed-out reader presents a token
 * before any workspace is known; only the token's SHA-256 is stored.
 */
export const productMoreMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('releases')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('version_label', 'text', (c) => c.notNull())
      .addColumn('target_date', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('releases_pk', ['workspace_id', 'id'])
      .execute();
    await db.schema
      .createIndex('features_release_idx')
      .on('features')
      .columns(['workspace_id', 'release_id'])
      .execute();

    await db.schema
      .createTable('share_links')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      // JSON array of field names left out of the shared roadmap
      .addColumn('hidden_fields', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('revoked_at', 'text')
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('share_links_pk', ['workspace_id', 'id'])
      .execute();
    // global reference table: token digest → link (hex SHA-256; the token is shown once, never stored)
    await db.schema
      .createTable('share_tokens')
      .addColumn('token_hash', 'text', (c) => c.notNull().primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('share_link_id', 'text', (c) => c.notNull())
      .execute();

    // goals / OKRs: objectives with key results, dated check-ins, and the features serving them
    await db.schema
      .createTable('objectives')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text')
      .addColumn('period_start', 'text')
      .addColumn('period_end', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('objectives_pk', ['workspace_id', 'id'])
      .execute();
    await db.schema
      .createTable('key_results')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('objective_id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('metric', 'text', (c) => c.notNull())
      .addColumn('baseline', 'double precision', (c) => c.notNull())
      .addColumn('target', 'double precision', (c) => c.notNull())
      .addColumn('current', 'double precision', (c) => c.notNull())
      .addColumn('confidence', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('key_results_pk', ['workspace_id', 'id'])
      .execute();
    await db.schema
      .createIndex('key_results_objective_idx')
      .on('key_results')
      .columns(['workspace_id', 'objective_id'])
      .execute();
    await db.schema
      .createTable('key_result_check_ins')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('key_result_id', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('value', 'double precision', (c) => c.notNull())
      .addColumn('confidence', 'double precision', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('key_result_check_ins_pk', ['workspace_id', 'id'])
      .execute();
    await db.schema
      .createIndex('key_result_check_ins_kr_idx')
      .on('key_result_check_ins')
      .columns(['workspace_id', 'key_result_id', 'date'])
      .execute();
    await db.schema
      .createTable('feature_goals')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('feature_id', 'text', (c) => c.notNull())
      .addColumn('goal_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('feature_goals_pk', ['workspace_id', 'feature_id', 'goal_id'])
      .execute();
    await db.schema
      .createIndex('feature_goals_goal_idx')
      .on('feature_goals')
      .columns(['workspace_id', 'goal_id'])
      .execute();

    // products: vision, strategy, customers, lifecycle stage with its dated history
    await db.schema
      .createTable('products')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('vision', 'text', (c) => c.notNull())
      .addColumn('strategy', 'text', (c) => c.notNull())
      .addColumn('target_customers', 'text', (c) => c.notNull())
      .addColumn('personas', 'text', (c) => c.notNull())
      .addColumn('lifecycle_stage', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('products_pk', ['workspace_id', 'id'])
      .execute();
    await db.schema
      .createTable('product_stage_history')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('product_id', 'text', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('changed_by', 'text')
      .addPrimaryKeyConstraint('product_stage_history_pk', ['workspace_id', 'id'])
      .execute();
    await db.schema
      .createIndex('product_stage_history_product_idx')
      .on('product_stage_history')
      .columns(['workspace_id', 'product_id'])
      .execute();

    // the stakeholder register on a power/interest grid
    await db.schema
      .createTable('stakeholders')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('product_id', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('organisation', 'text', (c) => c.notNull())
      .addColumn('power', 'integer', (c) => c.notNull())
      .addColumn('interest', 'integer', (c) => c.notNull())
      .addColumn('engagement_plan', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('stakeholders_pk', ['workspace_id', 'id'])
      .execute();

    // market: competitors, the comparison matrix, the trends log, SWOT per product
    await db.schema
      .createTable('competitors')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('website', 'text', (c) => c.notNull())
      .addColumn('profile', 'text', (c) => c.notNull())
      .addColumn('strengths', 'text', (c) => c.notNull())
      .addColumn('weaknesses', 'text', (c) => c.notNull())
      .addColumn('pricing', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('competitors_pk', ['workspace_id', 'id'])
      .execute();
    await db.schema
      .createTable('competitor_features')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('competitor_id', 'text', (c) => c.notNull())
      .addColumn('feature_id', 'text', (c) => c.notNull())
      .addColumn('support', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('competitor_features_pk', ['workspace_id', 'competitor_id', 'feature_id'])
      .execute();
    await db.schema
      .createTable('market_trends')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('impact', 'text', (c) => c.notNull())
      .addColumn('observed_on', 'text', (c) => c.notNull())
      .addColumn('links', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('market_trends_pk', ['workspace_id', 'id'])
      .execute();
    await db.schema
      .createTable('product_swots')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('product_id', 'text', (c) => c.notNull())
      .addColumn('strengths', 'text', (c) => c.notNull())
      .addColumn('weaknesses', 'text', (c) => c.notNull())
      .addColumn('opportunities', 'text', (c) => c.notNull())
      .addColumn('threats', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('product_swots_pk', ['workspace_id', 'product_id'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of ['product_swots', 'market_trends', 'competitor_features', 'competitors'])
      await db.schema.dropTable(table).execute();
    for (const table of ['stakeholders', 'product_stage_history', 'products'])
      await db.schema.dropTable(table).execute();
    for (const table of ['feature_goals', 'key_result_check_ins', 'key_results', 'objectives'])
      await db.schema.dropTable(table).execute();
    await db.schema.dropTable('share_tokens').execute();
    await db.schema.dropTable('share_links').execute();
    await db.schema.dropIndex('features_release_idx').execute();
    await db.schema.dropTable('releases').execute();
  },
};
