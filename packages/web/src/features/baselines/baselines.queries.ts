import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const baselineKeys = {
  all: (projectId: string) => ['projects', projectId, 'baselines'] as const,
  list: (projectId: string) => ['projects', projectId, 'baselines', 'list'] as const,
  compare: (projectId: string, number: number) =>
    ['projects', projectId, 'baselines', 'compare', number] as const,
};

export function baselinesQuery(projectId: string) {
  return queryOptions({
    queryKey: baselineKeys.list(projectId),
    queryFn: () => api.listBaselines({ params: { projectId } }),
    select: (list) => list.items,
  });
}

/** The baselines saved in the project (0 = "Baseline", 1–10). */
export function useBaselines(projectId: string) {
  return useQuery(baselinesQuery(projectId));
}

/** Every task against baseline `number`; disabled while `enabled` is false (no such baseline yet). */
export function useBaselineComparison(projectId: string, number: number, enabled: boolean) {
  return useQuery({
    queryKey: baselineKeys.compare(projectId, number),
    queryFn: () => api.compareBaseline({ params: { projectId, number } }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useSetBaseline(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (number: number) => api.setBaseline({ params: { projectId }, body: { number } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: baselineKeys.all(projectId) }),
  });
}

export function useClearBaseline(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (number: number) => api.clearBaseline({ params: { projectId, number } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: baselineKeys.all(projectId) }),
  });
}
