import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Controls (issue #6). The risk register: risks of a project with their ratings, numbers for the
 * simulation, response and status; the tasks each would hit; response actions; the history of
 * ratings. And schedule risk simulations: each run's inputs and results (JSON, read whole).
 * Every table leads its keys with `workspace_id` (see ../README.md); money is integer minor units.
 */
export const controlsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('risks')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('cause', 'text', (c) => c.notNull())
      .addColumn('effect', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text')
      .addColumn('probability', 'integer', (c) => c.notNull())
      .addColumn('schedule_impact', 'integer', (c) => c.notNull())
      .addColumn('cost_impact', 'integer', (c) => c.notNull())
      .addColumn('probability_percent', 'double precision', (c) => c.notNull())
      .addColumn('schedule_impact_minutes', 'integer', (c) => c.notNull())
      .addColumn('cost_impact_minor', 'bigint', (c) => c.notNull())
      .addColumn('strategy', 'text', (c) => c.notNull())
      .addColumn('trigger_text', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('risks_pk', ['workspace_id', 'id'])
      .addUniqueConstraint('risks_number_unique', ['workspace_id', 'project_id', 'number'])
      .addForeignKeyConstraint(
        'risks_project_fk',
        ['workspace_id', 'project_id'],
        'projects',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addCheckConstraint('risks_kind_check', sql`kind in ('threat', 'opportunity')`)
      .addCheckConstraint(
        'risks_ratings_check',
        sql`probability between 1 and 5 and schedule_impact between 1 and 5 and cost_impact between 1 and 5`,
      )
      .execute();

    await db.schema
      .createTable('risk_tasks')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('risk_id', 'text', (c) => c.notNull())
      .addColumn('task_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('risk_tasks_pk', ['workspace_id', 'risk_id', 'task_id'])
      .addForeignKeyConstraint(
        'risk_tasks_risk_fk',
        ['workspace_id', 'risk_id'],
        'risks',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('risk_tasks_task_idx')
      .on('risk_tasks')
      .columns(['workspace_id', 'task_id'])
      .execute();

    await db.schema
      .createTable('risk_actions')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('risk_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text')
      .addColumn('due_date', 'text')
      .addColumn('done', 'integer', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('risk_actions_pk', ['workspace_id', 'id'])
      .addForeignKeyConstraint(
        'risk_actions_risk_fk',
        ['workspace_id', 'risk_id'],
        'risks',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('risk_actions_risk_idx')
      .on('risk_actions')
      .columns(['workspace_id', 'risk_id'])
      .execute();

    await db.schema
      .createTable('risk_history')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('risk_id', 'text', (c) => c.notNull())
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .addColumn('changed_by', 'text', (c) => c.notNull())
      .addColumn('probability', 'integer', (c) => c.notNull())
      .addColumn('schedule_impact', 'integer', (c) => c.notNull())
      .addColumn('cost_impact', 'integer', (c) => c.notNull())
      .addColumn('score', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('risk_history_pk', ['workspace_id', 'id'])
      .addForeignKeyConstraint(
        'risk_history_risk_fk',
        ['workspace_id', 'risk_id'],
        'risks',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('risk_history_risk_idx')
      .on('risk_history')
      .columns(['workspace_id', 'risk_id'])
      .execute();

    await db.schema
      .createTable('simulations')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('result_json', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('simulations_pk', ['workspace_id', 'id'])
      .addForeignKeyConstraint(
        'simulations_project_fk',
        ['workspace_id', 'project_id'],
        'projects',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    // cost controls: a task's fixed cost and budget, a project's budget and earning rule, timesheets
    await db.schema
      .createTable('task_costs')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('task_id', 'text', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('fixed_cost_minor', 'bigint', (c) => c.notNull())
      .addColumn('budget_minor', 'bigint')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('task_costs_pk', ['workspace_id', 'task_id'])
      .execute();
    await db.schema
      .createIndex('task_costs_project_idx')
      .on('task_costs')
      .columns(['workspace_id', 'project_id'])
      .execute();
    await db.schema
      .createTable('project_cost_settings')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('budget_minor', 'bigint')
      .addColumn('ev_method', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('project_cost_settings_pk', ['workspace_id', 'project_id'])
      .execute();
    await db.schema
      .createTable('timesheet_entries')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('task_id', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text', (c) => c.notNull())
      .addColumn('entered_by', 'text', (c) => c.notNull())
      .addColumn('work_date', 'text', (c) => c.notNull())
      .addColumn('minutes', 'integer', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('timesheet_entries_pk', ['workspace_id', 'id'])
      .addCheckConstraint('timesheet_entries_minutes_check', sql`minutes between 0 and 1440`)
      .execute();
    await db.schema
      .createIndex('timesheet_entries_project_idx')
      .on('timesheet_entries')
      .columns(['workspace_id', 'project_id', 'work_date'])
      .execute();

    // quality: acceptance criteria, gates on milestones, the defect log
    await db.schema
      .createTable('acceptance_criteria')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('task_id', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('checked', 'integer', (c) => c.notNull())
      .addColumn('checked_by', 'text')
      .addColumn('checked_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('acceptance_criteria_pk', ['workspace_id', 'id'])
      .execute();
    await db.schema
      .createIndex('acceptance_criteria_task_idx')
      .on('acceptance_criteria')
      .columns(['workspace_id', 'task_id'])
      .execute();
    await db.schema
      .createTable('quality_gates')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('task_id', 'text', (c) => c.notNull())
      .addColumn('approver_id', 'text', (c) => c.notNull())
      .addColumn('signed_off_by', 'text')
      .addColumn('signed_off_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('quality_gates_pk', ['workspace_id', 'task_id'])
      .execute();
    await db.schema
      .createTable('defects')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('severity', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('task_id', 'text')
      .addColumn('reported_by', 'text', (c) => c.notNull())
      .addColumn('assignee_id', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('defects_pk', ['workspace_id', 'id'])
      .addUniqueConstraint('defects_number_unique', ['workspace_id', 'project_id', 'number'])
      .execute();

    // the RAID log's assumptions, issues and decisions, and the tasks each concerns
    await db.schema
      .createTable('raid_items')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('priority', 'text', (c) => c.notNull())
      .addColumn('raised_on', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text')
      .addColumn('resolution', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('raid_items_pk', ['workspace_id', 'id'])
      .addUniqueConstraint('raid_items_number_unique', ['workspace_id', 'project_id', 'kind', 'number'])
      .execute();
    await db.schema
      .createTable('raid_item_tasks')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('item_id', 'text', (c) => c.notNull())
      .addColumn('task_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('raid_item_tasks_pk', ['workspace_id', 'item_id', 'task_id'])
      .execute();

    await db.schema
      .createIndex('simulations_project_idx')
      .on('simulations')
      .columns(['workspace_id', 'project_id', 'created_at'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'timesheet_entries',
      'project_cost_settings',
      'task_costs',
      'simulations',
      'risk_history',
      'risk_actions',
      'risk_tasks',
      'risks',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
