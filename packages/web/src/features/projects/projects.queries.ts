import type { CreateProjectRequest, Project } from '@tandem/api';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const projectKeys = {
  list: (workspaceId: string) => ['workspaces', workspaceId, 'projects'] as const,
  one: (projectId: string) => ['projects', projectId] as const,
};

export function projectsQuery(workspaceId: string) {
  return queryOptions({
    queryKey: projectKeys.list(workspaceId),
    queryFn: () => api.listProjects({ params: { workspaceId } }),
    select: (list) => list.items,
  });
}

export function useProjects(workspaceId: string) {
  return useQuery(projectsQuery(workspaceId));
}

export function projectQuery(projectId: string) {
  return queryOptions({
    queryKey: projectKeys.one(projectId),
    queryFn: () => api.getProject({ params: { projectId } }),
  });
}

export function useProject(projectId: string) {
  return useQuery(projectQuery(projectId));
}

export function useCreateProject(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProjectRequest) => api.createProject({ params: { workspaceId }, body }),
    onSuccess: (project: Project) => {
      queryClient.setQueryData(projectKeys.one(project.id), project);
      return queryClient.invalidateQueries({ queryKey: projectKeys.list(workspaceId) });
    },
  });
}
