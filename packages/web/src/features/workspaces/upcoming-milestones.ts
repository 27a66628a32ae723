import type { Task } from '@tandem/api';

export interface UpcomingMilestone {
  readonly task: Task;
  readonly projectId: string;
  readonly projectName: string;
}

/**
 * Milestones of every project that finish on or after `today` (`YYYY-MM-DD`), soonest first,
 * at most `limit`. Completed milestones are left out.
 */
export function upcomingMilestones(
  projects: readonly { id: string; name: string; tasks: readonly Task[] | undefined }[],
  today: string,
  limit: number,
): UpcomingMilestone[] {
  const found: UpcomingMilestone[] = [];
  for (const project of projects) {
    for (const task of project.tasks ?? []) {
      if (!task.milestone || task.percentComplete >= 100 || task.finish.slice(0, 10) < today) continue;
      found.push({ task, projectId: project.id, projectName: project.name });
    }
  }
  found.sort((a, b) => a.task.finish.localeCompare(b.task.finish));
  return found.slice(0, limit);
}
