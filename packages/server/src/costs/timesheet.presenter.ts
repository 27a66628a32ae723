import type { TimesheetEntry, TimesheetStatus } from '@tandem/api';
import type { TimesheetEntryRow } from './costs.repository';

export function presentTimesheetEntry(row: TimesheetEntryRow): TimesheetEntry {
  return {
    id: row.id,
    projectId: row.project_id,
    taskId: row.task_id,
    resourceId: row.resource_id,
    enteredBy: row.entered_by,
    date: row.work_date,
    minutes: row.minutes,
    note: row.note,
    status: row.status as TimesheetStatus,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
