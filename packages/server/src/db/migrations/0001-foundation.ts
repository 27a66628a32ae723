import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Accounts, workspaces, projects, tasks and links. Runs unchanged on SQLite and PostgreSQL: only
 * portable types (text, integer, double precision), UTC and floating times as ISO text. Every
 * workspace-owned table's primary key and foreign keys lead with `workspace_id` so the tables can
 * be distributed by it (Citus) without change; see ../README.md.
 */
export const foundationMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('ip', 'text', (c) => c.notNull())
      .addColumn('user_agent', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
    await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();

    await db.schema
      .createTable('login_failures')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('ip', 'text', (c) => c.notNull())
      .addColumn('failed_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('login_failures_email_idx')
      .on('login_failures')
      .columns(['email', 'failed_at'])
      .execute();
    await db.schema
      .createIndex('login_failures_ip_idx')
      .on('login_failures')
      .columns(['ip', 'failed_at'])
      .execute();

    await db.schema
      .createTable('workspaces')
      .addColumn('workspace_id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('memberships')
      .addColumn('workspace_id', 'text', (c) =>
        c.notNull().references('workspaces.workspace_id').onDelete('cascade'),
      )
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('memberships_pk', ['workspace_id', 'user_id'])
      .addCheckConstraint('memberships_role_check', sqlRoleCheck())
      .execute();
    await db.schema.createIndex('memberships_user_idx').on('memberships').column('user_id').execute();

    await db.schema
      .createTable('projects')
      .addColumn('workspace_id', 'text', (c) =>
        c.notNull().references('workspaces.workspace_id').onDelete('cascade'),
      )
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('start', 'text', (c) => c.notNull())
      .addColumn('finish', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('calendar', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('projects_pk', ['workspace_id', 'id'])
      .execute();

    await db.schema
      .createTable('tasks')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text')
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('duration', 'integer', (c) => c.notNull())
      .addColumn('duration_unit', 'text', (c) => c.notNull())
      .addColumn('start', 'text', (c) => c.notNull())
      .addColumn('finish', 'text', (c) => c.notNull())
      .addColumn('milestone', 'integer', (c) => c.notNull())
      .addColumn('percent_complete', 'double precision', (c) => c.notNull())
      .addColumn('constraint_type', 'text', (c) => c.notNull())
      .addColumn('constraint_date', 'text')
      .addColumn('deadline', 'text')
      .addColumn('notes', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('tasks_pk', ['workspace_id', 'id'])
      .addForeignKeyConstraint(
        'tasks_project_fk',
        ['workspace_id', 'project_id'],
        'projects',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'tasks_parent_fk',
        ['workspace_id', 'parent_id'],
        'tasks',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('tasks_project_idx')
      .on('tasks')
      .columns(['workspace_id', 'project_id', 'parent_id', 'position'])
      .execute();

    await db.schema
      .createTable('links')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('predecessor_id', 'text', (c) => c.notNull())
      .addColumn('successor_id', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('lag', 'integer', (c) => c.notNull())
      .addColumn('lag_unit', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('links_pk', ['workspace_id', 'id'])
      .addUniqueConstraint('links_pair_unique', ['workspace_id', 'predecessor_id', 'successor_id'])
      .addForeignKeyConstraint(
        'links_project_fk',
        ['workspace_id', 'project_id'],
        'projects',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'links_predecessor_fk',
        ['workspace_id', 'predecessor_id'],
        'tasks',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'links_successor_fk',
        ['workspace_id', 'successor_id'],
        'tasks',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('links_project_idx')
      .on('links')
      .columns(['workspace_id', 'project_id'])
      .execute();
    await db.schema
      .createIndex('links_successor_idx')
      .on('links')
      .columns(['workspace_id', 'successor_id'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'links',
      'tasks',
      'projects',
      'memberships',
      'workspaces',
      'login_failures',
      'sessions',
      'users',
    ]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};

function sqlRoleCheck() {
  return sql`role in ('owner', 'admin', 'member', 'viewer')`;
}
