import type { ProjectInput } from '@tandem/engine';
import type { Kysely } from 'kysely';
import { loadProjectResourcing } from '../assignments/project-resourcing';
import { loadWorkspaceCalendars } from '../calendars/workspace-calendars';
import type { Database } from '../db/database.types';
import { listLinks } from '../links/links.repository';
import { parseProjectCalendar } from '../projects/project-calendar';
import type { ProjectRow } from '../projects/projects.repository';
import type { OutlineEntry } from '../tasks/task-outline';
import type { TaskRow } from '../tasks/tasks.repository';
import type { PlanStrings } from './plan-strings';
import { toProjectInput } from './project-input.mapper';

/**
 * The engine input of a stored project, tasks in `outline` order: what `reschedule` schedules, and
 * what levelling, workload and baseline reads start from.
 */
export async function loadProjectInput(
  db: Kysely<Database>,
  project: ProjectRow,
  outline: readonly OutlineEntry<TaskRow>[],
  /**
   * For a plan to be cached: the link rows' repeated values become one string each, and the links
   * carry no ids.
   */
  strings?: PlanStrings,
): Promise<ProjectInput> {
  const read = await listLinks(db, project.workspace_id, project.id);
  const links = strings ? strings.linkRows(read) : read;
  const resourcing = await loadProjectResourcing(db, project.workspace_id, project.id);
  const calendars = await loadWorkspaceCalendars(db, project.workspace_id);
  const input = toProjectInput(
    project,
    parseProjectCalendar(project.calendar),
    outline,
    links,
    resourcing,
    calendars,
  );
  // a cached plan's links live as long as the plan, and the engine never reads a link's id: one
  // string less per link for V8's full collections to visit. A literal, not `({ id, ...link })`:
  // V8 builds an object rest property by property, and the fifth went to a properties array of
  // its own, one more object per link (94,500 of them in `tandem bench api`'s heap)
  if (!strings) return input;
  return {
    ...input,
    links: input.links.map((link) => ({
      predecessorId: link.predecessorId,
      successorId: link.successorId,
      type: link.type,
      lag: link.lag,
      lagUnit: link.lagUnit,
    })),
  };
}
