import type { ClearLevelingRequest, LevelRequest, WorkloadQuery } from '@tandem/api';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { applyScheduleChange } from '../resources/schedule-change';

export const workloadKeys = {
  all: (projectId: string) => ['projects', projectId, 'workload'] as const,
  one: (projectId: string, query: WorkloadQuery) =>
    ['projects', projectId, 'workload', query.period, query.from ?? null, query.to ?? null] as const,
};

export function workloadQuery(projectId: string, query: WorkloadQuery) {
  return queryOptions({
    queryKey: workloadKeys.one(projectId, query),
    queryFn: () => api.getWorkload({ params: { projectId }, query }),
  });
}

/** Work vs capacity per resource per day or week over a window, with overallocations. */
export function useWorkload(projectId: string, query: WorkloadQuery, enabled: boolean) {
  // Keeps the other granularity on screen while the new one loads (no flash on toggle).
  return useQuery({ ...workloadQuery(projectId, query), enabled, placeholderData: keepPreviousData });
}

/** Levels the project; the delayed tasks are painted in at once and the workload refetched. */
export function useLevelProject(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LevelRequest) => api.levelProject({ params: { projectId }, body }),
    onSuccess: (result) => applyScheduleChange(queryClient, projectId, result.rescheduled, result.reanalysed),
  });
}

export function useClearLeveling(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClearLevelingRequest) => api.clearLeveling({ params: { projectId }, body }),
    onSuccess: (result) => applyScheduleChange(queryClient, projectId, result.rescheduled, result.reanalysed),
  });
}
