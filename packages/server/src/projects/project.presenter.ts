import type { Project } from '@tandem/api';
import { parseProjectCalendar } from './project-calendar';
import type { ProjectRow } from './projects.repository';

export function presentProject(row: ProjectRow, taskCount: number): Project {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    description: row.description,
    start: row.start,
    finish: row.finish,
    status: row.status,
    calendar: parseProjectCalendar(row.calendar),
    calendarId: row.calendar_id,
    scheduleFrom: row.schedule_from,
    finishDate: row.finish_date,
    statusDate: row.status_date,
    currency: row.currency,
    taskCount,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
