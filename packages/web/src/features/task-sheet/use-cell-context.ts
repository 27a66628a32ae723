import type { Assignment, ProjectCalendar, Resource, Task } from '@tandem/api';
import { useMemo } from 'react';
import type { Link } from '../links/link.types';
import { useStableIds } from '../tasks/use-stable-ids';
import type { CellContext } from './cell-values';
import { formatResources } from './resource-notation';

/**
 * What the cells need besides their task: row numbers of every task (predecessor notation),
 * the links into each task, and each task's resources text. Each part is rebuilt only when what
 * it is built from changes: an edit that keeps the tasks' order and the links (a duration, a
 * name) keeps the whole context, so the sheet's rows that did not change do not re-render.
 */
export function useCellContext(
  allTasks: readonly Task[],
  links: readonly Link[],
  calendar: ProjectCalendar,
  resources: readonly Resource[] | undefined,
  assignments: readonly Assignment[] | undefined,
): CellContext {
  const rowIds = useStableIds(allTasks);
  const rowOf = useMemo(() => new Map(rowIds.map((id, index) => [id, index + 1])), [rowIds]);
  const linksInto = useMemo(() => {
    const into = new Map<string, Link[]>();
    for (const link of links) {
      const list = into.get(link.successorId);
      if (list) list.push(link);
      else into.set(link.successorId, [link]);
    }
    return into;
  }, [links]);
  const resourcesOf = useMemo(() => {
    const nameOf = new Map((resources ?? []).map((resource) => [resource.id, resource.name]));
    const byTask = new Map<string, Assignment[]>();
    for (const assignment of assignments ?? []) {
      const list = byTask.get(assignment.taskId);
      if (list) list.push(assignment);
      else byTask.set(assignment.taskId, [assignment]);
    }
    return new Map([...byTask].map(([taskId, list]) => [taskId, formatResources(list, nameOf)]));
  }, [resources, assignments]);
  return useMemo(
    () => ({ calendar, rowIds, rowOf, linksInto, resourcesOf }),
    [calendar, rowIds, rowOf, linksInto, resourcesOf],
  );
}
