import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const workspacesQuery = queryOptions({
  queryKey: ['workspaces'],
  queryFn: () => api.listWorkspaces(),
  select: (list) => list.items,
});

export function useWorkspaces() {
  return useQuery(workspacesQuery);
}

export function workspaceQuery(workspaceId: string) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId],
    queryFn: () => api.getWorkspace({ params: { workspaceId } }),
  });
}

export function useWorkspace(workspaceId: string) {
  return useQuery(workspaceQuery(workspaceId));
}

export function useMembers(workspaceId: string) {
  return useQuery({
    queryKey: ['workspaces', workspaceId, 'members'],
    queryFn: () => api.listMembers({ params: { workspaceId } }),
    select: (list) => list.items,
  });
}
