import type { UpdateProjectCostSettingsRequest } from '@tandem/api';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { isNotFound } from '../../lib/problem';

// Every key lives under ['projects', id, …] so that a live change to the project refetches it.
export const controlsKeys = {
  costs: (projectId: string) => ['projects', projectId, 'costs'] as const,
  earnedValue: (projectId: string, statusDate: string | null) =>
    ['projects', projectId, 'earned-value', statusDate ?? 'default'] as const,
  allEarnedValue: (projectId: string) => ['projects', projectId, 'earned-value'] as const,
  latestSimulation: (projectId: string) => ['projects', projectId, 'simulations', 'latest'] as const,
};

/** Budget, planned and actual cost of the project and its tasks. */
export function useProjectCosts(projectId: string) {
  return useQuery({
    queryKey: controlsKeys.costs(projectId),
    queryFn: () => api.getProjectCosts({ params: { projectId } }),
  });
}

/** Earned value at `statusDate` (floating date-time), or at the project's status date when null. */
export function useEarnedValue(projectId: string, statusDate: string | null) {
  return useQuery({
    queryKey: controlsKeys.earnedValue(projectId, statusDate),
    queryFn: () => api.getEarnedValue({ params: { projectId }, query: statusDate ? { statusDate } : {} }),
    placeholderData: keepPreviousData,
  });
}

/** The project's latest Monte Carlo simulation; null when none has run yet. */
export function useLatestSimulation(projectId: string) {
  return useQuery({
    queryKey: controlsKeys.latestSimulation(projectId),
    queryFn: async () => {
      try {
        return await api.getLatestSimulation({ params: { projectId } });
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
  });
}

export function useUpdateCostSettings(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProjectCostSettingsRequest) =>
      api.updateProjectCostSettings({ params: { projectId }, body }),
    onSuccess: (costs) => {
      queryClient.setQueryData(controlsKeys.costs(projectId), costs);
      return queryClient.invalidateQueries({ queryKey: controlsKeys.allEarnedValue(projectId) });
    },
  });
}
