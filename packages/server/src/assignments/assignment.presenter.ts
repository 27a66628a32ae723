import type { Assignment } from '@tandem/api';
import type { AssignmentRow } from './assignments.repository';

/** What goes on the wire for an assignment (units in percent, work in minutes or quantity). */
export function presentAssignment(row: AssignmentRow): Assignment {
  return {
    id: row.id,
    projectId: row.project_id,
    taskId: row.task_id,
    resourceId: row.resource_id,
    units: row.units,
    work: row.work,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
