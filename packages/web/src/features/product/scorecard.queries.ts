import type {
  CreateScorecardCriterionRequest,
  ReorderScorecardRequest,
  UpdateScorecardCriterionRequest,
} from '@tandem/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const scorecardKeys = {
  scorecard: (workspaceId: string) => ['workspaces', workspaceId, 'scorecard'] as const,
  features: (workspaceId: string) => ['workspaces', workspaceId, 'features'] as const,
};

/** The workspace's weighted scorecard: its criteria in order. */
export function useScorecard(workspaceId: string) {
  return useQuery({
    queryKey: scorecardKeys.scorecard(workspaceId),
    queryFn: () => api.getScorecard({ params: { workspaceId } }),
  });
}

/** After a scorecard write: the scorecard, and the backlog (every scorecard score may move). */
function useInvalidateScorecard(workspaceId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: scorecardKeys.scorecard(workspaceId) }),
      queryClient.invalidateQueries({ queryKey: scorecardKeys.features(workspaceId) }),
    ]);
}

export function useCreateCriterion(workspaceId: string) {
  const invalidate = useInvalidateScorecard(workspaceId);
  return useMutation({
    mutationFn: (body: CreateScorecardCriterionRequest) =>
      api.createScorecardCriterion({ params: { workspaceId }, body }),
    onSettled: invalidate,
  });
}

export function useUpdateCriterion(workspaceId: string) {
  const invalidate = useInvalidateScorecard(workspaceId);
  return useMutation({
    mutationFn: ({ criterionId, body }: { criterionId: string; body: UpdateScorecardCriterionRequest }) =>
      api.updateScorecardCriterion({ params: { criterionId }, body }),
    onSettled: invalidate,
  });
}

export function useDeleteCriterion(workspaceId: string) {
  const invalidate = useInvalidateScorecard(workspaceId);
  return useMutation({
    mutationFn: ({ criterionId, version }: { criterionId: string; version: number }) =>
      api.deleteScorecardCriterion({ params: { criterionId }, query: { version } }),
    onSettled: invalidate,
  });
}

export function useReorderScorecard(workspaceId: string) {
  const invalidate = useInvalidateScorecard(workspaceId);
  return useMutation({
    mutationFn: (body: ReorderScorecardRequest) => api.reorderScorecard({ params: { workspaceId }, body }),
    onSettled: invalidate,
  });
}
