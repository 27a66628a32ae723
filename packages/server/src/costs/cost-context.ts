import { type ProjectInput, parseDateTime, type ResourceInput } from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import type { ProjectRow } from '../projects/projects.repository';
import { toResourceInput } from '../resources/resource-input.mapper';
import { listResourceRecords } from '../resources/resources.repository';
import { loadProjectInput } from '../scheduling/project-schedule.service';
import { buildOutline, type OutlineEntry } from '../tasks/task-outline';
import { listTasks, type TaskRow } from '../tasks/tasks.repository';
import { computeTaskCosts, type TaskCostFigures } from './cost-model';
import {
  type CostSettings,
  findCostSettings,
  listTaskCosts,
  listTimesheetEntries,
  type TaskCostRow,
  type TimesheetEntryRow,
} from './costs.repository';

/** Everything cost and earned value read about a project, from one snapshot. */
export interface CostContext {
  readonly outline: readonly OutlineEntry<TaskRow>[];
  readonly input: ProjectInput;
  readonly taskCosts: ReadonlyMap<string, TaskCostRow>;
  readonly settings: CostSettings;
  readonly approved: readonly TimesheetEntryRow[];
  readonly timesheetResources: ReadonlyMap<string, ResourceInput>;
  readonly costs: ReadonlyMap<string, TaskCostFigures>;
}

export async function loadCostContext(db: Kysely<Database>, project: ProjectRow): Promise<CostContext> {
  const workspaceId = project.workspace_id;
  const outline = buildOutline(await listTasks(db, workspaceId, project.id));
  const input = await loadProjectInput(db, project, outline);
  const taskCosts = await listTaskCosts(db, workspaceId, project.id);
  const settings = await findCostSettings(db, workspaceId, project.id);
  const approved = await listTimesheetEntries(db, workspaceId, project.id, { status: 'approved' });
  const resourceIds = [...new Set(approved.map((e) => e.resource_id))];
  const timesheetResources = new Map(
    (await listResourceRecords(db, workspaceId, resourceIds)).map((record) => {
      const resource = toResourceInput(record);
      return [resource.id, resource] as const;
    }),
  );
  const costs = computeTaskCosts({
    tasks: outline.map(({ task }) => ({
      id: task.id,
      parentId: task.parent_id,
      start: parseDateTime(task.start),
      percentComplete: task.percent_complete,
    })),
    project: input,
    taskCosts,
    approved,
    timesheetResources,
  });
  return { outline, input, taskCosts, settings, approved, timesheetResources, costs };
}
