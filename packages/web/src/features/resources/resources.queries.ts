import type { CreateResourceRequest, Resource, ResourceList, UpdateResourceRequest } from '@tandem/api';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { applyScheduleChange } from './schedule-change';

export const resourceKeys = {
  list: (workspaceId: string) => ['workspaces', workspaceId, 'resources'] as const,
};

export function resourcesQuery(workspaceId: string) {
  return queryOptions({
    queryKey: resourceKeys.list(workspaceId),
    queryFn: () => api.listResources({ params: { workspaceId } }),
    select: (list) => list.items,
  });
}

/** The workspace's resources, by name. */
export function useResources(workspaceId: string) {
  return useQuery(resourcesQuery(workspaceId));
}

function replaceResource(list: ResourceList | undefined, resource: Resource): ResourceList | undefined {
  if (!list) return list;
  const exists = list.items.some((item) => item.id === resource.id);
  const items = exists
    ? list.items.map((item) => (item.id === resource.id ? resource : item))
    : [...list.items, resource].sort((a, b) => a.name.localeCompare(b.name));
  return { ...list, items };
}

export function useCreateResource(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateResourceRequest) => api.createResource({ params: { workspaceId }, body }),
    onSuccess: (resource) =>
      queryClient.setQueryData<ResourceList>(resourceKeys.list(workspaceId), (list) =>
        replaceResource(list, resource),
      ),
  });
}

/**
 * Changes a resource. A stale version answers 409: the error reaches the caller (which shows the
 * conflict) and the list is refetched so the next edit starts from the current resource.
 */
export function useUpdateResource(workspaceId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ resourceId, body }: { resourceId: string; body: UpdateResourceRequest }) =>
      api.updateResource({ params: { resourceId }, body }),
    onSuccess: (resource) => {
      queryClient.setQueryData<ResourceList>(resourceKeys.list(workspaceId), (list) =>
        replaceResource(list, resource),
      );
      // Max units, calendar and rates feed the schedule and the workload of projects using it.
      return applyScheduleChange(queryClient, projectId, [], []);
    },
    onError: () => queryClient.invalidateQueries({ queryKey: resourceKeys.list(workspaceId) }),
  });
}

export function useDeleteResource(workspaceId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ resourceId, version }: { resourceId: string; version: number }) =>
      api.deleteResource({ params: { resourceId }, query: { version } }),
    onSuccess: (result, { resourceId }) => {
      queryClient.setQueryData<ResourceList>(resourceKeys.list(workspaceId), (list) =>
        list ? { ...list, items: list.items.filter((item) => item.id !== resourceId) } : list,
      );
      return applyScheduleChange(queryClient, projectId, result.rescheduled, result.reanalysed);
    },
    onError: () => queryClient.invalidateQueries({ queryKey: resourceKeys.list(workspaceId) }),
  });
}
