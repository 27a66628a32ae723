import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Resources (workspace-level) with their availability ranges and rate changes as dated rows,
 * assignments of resources to tasks, saved task baselines and levelling delays. Every table leads
 * its keys with `workspace_id` (see ../README.md); money is integer minor units, units are percent.
 */
export const resourcesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('resources')
      .addColumn('workspace_id', 'text', (c) =>
        c.notNull().references('workspaces.workspace_id').onDelete('cascade'),
      )
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('initials', 'text', (c) => c.notNull())
      .addColumn('group_name', 'text', (c) => c.notNull())
      .addColumn('material_label', 'text', (c) => c.notNull())
      .addColumn('max_units', 'double precision', (c) => c.notNull())
      .addColumn('calendar_id', 'text')
      .addColumn('standard_rate_minor', 'integer', (c) => c.notNull())
      .addColumn('overtime_rate_minor', 'integer', (c) => c.notNull())
      .addColumn('cost_per_use_minor', 'integer', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('resources_pk', ['workspace_id', 'id'])
      .addCheckConstraint('resources_type_check', sql`type in ('work', 'material', 'cost')`)
      .execute();
    await db.schema
      .createIndex('resources_name_idx')
      .on('resources')
      .columns(['workspace_id', 'name'])
      .execute();

    await db.schema
      .createTable('resource_availability')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('available_from', 'text')
      .addColumn('available_to', 'text')
      .addColumn('max_units', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('resource_availability_pk', ['workspace_id', 'resource_id', 'position'])
      .addForeignKeyConstraint(
        'resource_availability_resource_fk',
        ['workspace_id', 'resource_id'],
        'resources',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();

    await db.schema
      .createTable('resource_rates')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text', (c) => c.notNull())
      .addColumn('effective_from', 'text', (c) => c.notNull())
      .addColumn('standard_rate_minor', 'integer', (c) => c.notNull())
      .addColumn('overtime_rate_minor', 'integer', (c) => c.notNull())
      .addColumn('cost_per_use_minor', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('resource_rates_pk', ['workspace_id', 'resource_id', 'effective_from'])
      .addForeignKeyConstraint(
        'resource_rates_resource_fk',
        ['workspace_id', 'resource_id'],
        'resources',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();

    await db.schema
      .createTable('assignments')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('task_id', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text', (c) => c.notNull())
      .addColumn('units', 'double precision', (c) => c.notNull())
      .addColumn('work', 'double precision', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('assignments_pk', ['workspace_id', 'id'])
      .addUniqueConstraint('assignments_task_resource_unique', ['workspace_id', 'task_id', 'resource_id'])
      .addForeignKeyConstraint(
        'assignments_project_fk',
        ['workspace_id', 'project_id'],
        'projects',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'assignments_task_fk',
        ['workspace_id', 'task_id'],
        'tasks',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'assignments_resource_fk',
        ['workspace_id', 'resource_id'],
        'resources',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('assignments_project_idx')
      .on('assignments')
      .columns(['workspace_id', 'project_id'])
      .execute();
    await db.schema
      .createIndex('assignments_resource_idx')
      .on('assignments')
      .columns(['workspace_id', 'resource_id'])
      .execute();

    await db.schema
      .createTable('task_baselines')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('task_id', 'text', (c) => c.notNull())
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('start', 'text', (c) => c.notNull())
      .addColumn('finish', 'text', (c) => c.notNull())
      .addColumn('duration', 'integer', (c) => c.notNull())
      .addColumn('saved_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('task_baselines_pk', ['workspace_id', 'task_id', 'number'])
      .addForeignKeyConstraint(
        'task_baselines_task_fk',
        ['workspace_id', 'task_id'],
        'tasks',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('task_baselines_project_idx')
      .on('task_baselines')
      .columns(['workspace_id', 'project_id', 'number'])
      .execute();

    await db.schema
      .createTable('task_leveling_delays')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('task_id', 'text', (c) => c.notNull())
      .addColumn('delay_minutes', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('task_leveling_delays_pk', ['workspace_id', 'task_id'])
      .addForeignKeyConstraint(
        'task_leveling_delays_task_fk',
        ['workspace_id', 'task_id'],
        'tasks',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('task_leveling_delays_project_idx')
      .on('task_leveling_delays')
      .columns(['workspace_id', 'project_id'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'task_leveling_delays',
      'task_baselines',
      'assignments',
      'resource_rates',
      'resource_availability',
      'resources',
    ]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
