import type { Assignment, ProjectCalendar, Resource, Task } from '@tandem/api';
import { useMemo } from 'react';
import type { Link } from '../links/link.types';
import type { CellContext } from './cell-values';
import { formatResources } from './resource-notation';

/**
 * What the cells need besides their task: row numbers of every task (predecessor notation),
 * the links into each task, and each task's resources text. O(tasks + links + assignments),
 * recomputed only when one of them changes.
 */
export function useCellContext(
  allTasks: readonly Task[],
  links: readonly Link[],
  calendar: ProjectCalendar,
  resources: readonly Resource[] | undefined,
  assignments: readonly Assignment[] | undefined,
): CellContext {
  return useMemo(() => {
    const rowIds = allTasks.map((task) => task.id);
    const rowOf = new Map(rowIds.map((id, index) => [id, index + 1]));
    const linksInto = new Map<string, Link[]>();
    for (const link of links) {
      const list = linksInto.get(link.successorId);
      if (list) list.push(link);
      else linksInto.set(link.successorId, [link]);
    }
    const nameOf = new Map((resources ?? []).map((resource) => [resource.id, resource.name]));
    const byTask = new Map<string, Assignment[]>();
    for (const assignment of assignments ?? []) {
      const list = byTask.get(assignment.taskId);
      if (list) list.push(assignment);
      else byTask.set(assignment.taskId, [assignment]);
    }
    const resourcesOf = new Map([...byTask].map(([taskId, list]) => [taskId, formatResources(list, nameOf)]));
    return { calendar, rowIds, rowOf, linksInto, resourcesOf };
  }, [allTasks, links, calendar, resources, assignments]);
}
