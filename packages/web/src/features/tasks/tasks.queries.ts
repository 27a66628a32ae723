import type { CreateTaskRequest } from '@tandem/api';
import { queryOptions, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { projectKeys } from '../projects/projects.queries';

export const taskKeys = {
  list: (projectId: string) => ['projects', projectId, 'tasks'] as const,
};

export function tasksQuery(projectId: string) {
  return queryOptions({
    queryKey: taskKeys.list(projectId),
    queryFn: () => api.listTasks({ params: { projectId } }),
    select: (list) => list.items,
  });
}

export function useTasks(projectId: string) {
  return useQuery(tasksQuery(projectId));
}

/** The task lists of several projects at once (the workspace overview's milestones). */
export function useTasksOfProjects(projectIds: readonly string[]) {
  return useQueries({ queries: projectIds.map((projectId) => tasksQuery(projectId)) });
}

export function useCreateTask(projectId: string, workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTaskRequest) => api.createTask({ params: { projectId }, body }),
    // Adding a task reschedules the project: its dates, summary spans and task count all move.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: taskKeys.list(projectId) }),
        queryClient.invalidateQueries({ queryKey: projectKeys.one(projectId) }),
        queryClient.invalidateQueries({ queryKey: projectKeys.list(workspaceId) }),
      ]),
  });
}
