import type { AssignmentInput } from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { listLevelingDelays } from '../leveling/leveling-delays.repository';
import { percentToFraction, toResourceInput } from '../resources/resource-input.mapper';
import { listResourceRecords } from '../resources/resources.repository';
import type { ProjectResourcing } from '../scheduling/project-input.mapper';
import { listAssignments } from './assignments.repository';

/**
 * The resources assigned in a project (workspace resources without an assignment there are left
 * out), its assignments and its levelling delays, as the engine takes them. Three reads.
 */
export async function loadProjectResourcing(
  db: Kysely<Database>,
  workspaceId: string,
  projectId: string,
): Promise<ProjectResourcing> {
  const rows = await listAssignments(db, workspaceId, projectId);
  const resourceIds = [...new Set(rows.map((row) => row.resource_id))];
  const records = await listResourceRecords(db, workspaceId, resourceIds);
  const assignments: AssignmentInput[] = rows.map((row) => ({
    id: row.id,
    taskId: row.task_id,
    resourceId: row.resource_id,
    units: percentToFraction(row.units),
    work: row.work,
  }));
  return {
    resources: records.map(toResourceInput),
    assignments,
    levelingDelays: await listLevelingDelays(db, workspaceId, projectId),
  };
}
