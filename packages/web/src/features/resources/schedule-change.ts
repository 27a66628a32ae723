import type { Task, TaskAnalysis } from '@tandem/api';
import type { QueryClient } from '@tanstack/react-query';
import { applyRescheduled, refreshProject } from '../tasks/task-cache-writes';

/**
 * After one of our writes that can move dates (assignment, resource, calendar, levelling): paints
 * the moved tasks into the task list at once, and refreshes in the background what the server
 * derives from the schedule (project finish, workload, baseline variances, assignment work).
 */
export function applyScheduleChange(
  queryClient: QueryClient,
  projectId: string,
  rescheduled: readonly Task[],
  reanalysed: readonly TaskAnalysis[],
): Promise<void> {
  applyRescheduled(queryClient, projectId, rescheduled, reanalysed);
  return refreshProject(queryClient, projectId);
}
