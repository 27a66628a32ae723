import type { CreateTimesheetEntryRequest, UpdateTimesheetEntryRequest } from '@tandem/api';
import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../lib/api';
import { controlsKeys } from '../controls/controls.queries';

export const timesheetKeys = {
  all: (projectId: string) => ['projects', projectId, 'timesheet'] as const,
  week: (projectId: string, from: string, to: string) =>
    ['projects', projectId, 'timesheet', from, to] as const,
};

/** Time entries of the project from `from` to `to` (inclusive dates). */
export function useTimesheetEntries(projectId: string, from: string, to: string) {
  return useQuery({
    queryKey: timesheetKeys.week(projectId, from, to),
    queryFn: () => api.listTimesheetEntries({ params: { projectId }, query: { from, to } }),
    select: (list) => list.items,
    placeholderData: keepPreviousData,
  });
}

// Time moves actual cost and the earned-value figures computed from it.
function refresh(queryClient: QueryClient, projectId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: timesheetKeys.all(projectId) }),
    queryClient.invalidateQueries({ queryKey: controlsKeys.costs(projectId) }),
    queryClient.invalidateQueries({ queryKey: controlsKeys.allEarnedValue(projectId) }),
  ]);
}

export function useCreateTimesheetEntry(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTimesheetEntryRequest) =>
      api.createTimesheetEntry({ params: { projectId }, body }),
    onSettled: () => refresh(queryClient, projectId),
  });
}

export function useUpdateTimesheetEntry(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, body }: { entryId: string; body: UpdateTimesheetEntryRequest }) =>
      api.updateTimesheetEntry({ params: { entryId }, body }),
    onSettled: () => refresh(queryClient, projectId),
  });
}

export function useDeleteTimesheetEntry(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, version }: { entryId: string; version: number }) =>
      api.deleteTimesheetEntry({ params: { entryId }, query: { version } }),
    onSettled: () => refresh(queryClient, projectId),
  });
}
