import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { baselinesQuery } from '../baselines/baselines.queries';
import { linksQuery } from '../links/links.queries';
import { assignmentsQuery } from '../resources/assignments.queries';
import { resourcesQuery } from '../resources/resources.queries';
import { tasksQuery } from '../tasks/tasks.queries';
import { projectQuery } from './projects.queries';

export interface ProjectPrefetch {
  readonly workspaceId: string;
  readonly projectId: string;
  /** The view the page opens on; undefined for the Gantt. */
  readonly view: string | undefined;
  /** A hover's preload (the router's intent), not a navigation. */
  readonly preload: boolean;
}

/**
 * Starts the requests a project page needs, all at once, as soon as its route matches: without
 * it each starts when the component that needs it mounts (project, then tasks, then the sheet's
 * resources: round trips in a row before the Gantt can paint). Nothing is awaited; the page shows
 * its skeletons meanwhile. Data already cached is left alone (the page's queries refresh it as
 * they would anyway). A preload on hover fetches only the project, not a large project's tasks.
 */
export function prefetchProject(queryClient: QueryClient, target: ProjectPrefetch): void {
  const fetchIfMissing = (options: { queryKey: QueryKey }) => {
    if (queryClient.getQueryData(options.queryKey) === undefined) void queryClient.prefetchQuery(options);
  };
  fetchIfMissing(projectQuery(target.projectId));
  if (target.preload) return;
  fetchIfMissing(tasksQuery(target.projectId));
  // the Gantt's own data: links, baselines, and the sheet's resources and assignments
  if (target.view !== undefined) return;
  fetchIfMissing(linksQuery(target.projectId));
  fetchIfMissing(baselinesQuery(target.projectId));
  fetchIfMissing(resourcesQuery(target.workspaceId));
  fetchIfMissing(assignmentsQuery(target.projectId));
}
