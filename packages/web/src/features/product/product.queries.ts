import type {
  CreateFeatureRequest,
  CreateFeedbackRequest,
  Feature,
  FeatureListQuery,
  UpdateFeatureRequest,
  UpdateFeedbackRequest,
} from '@tandem/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** The server's backlog orders (`?sort=` of the feature list). */
export type FeatureSort = NonNullable<FeatureListQuery['sort']>;
export type FeedbackStatusFilter = 'new' | 'triaged' | 'archived' | 'all';

export const productKeys = {
  features: (workspaceId: string) => ['workspaces', workspaceId, 'features'] as const,
  featureList: (workspaceId: string, sort: FeatureSort) =>
    ['workspaces', workspaceId, 'features', 'list', sort] as const,
  feedback: (workspaceId: string) => ['workspaces', workspaceId, 'feedback'] as const,
  feedbackList: (workspaceId: string, status: FeedbackStatusFilter) =>
    ['workspaces', workspaceId, 'feedback', status] as const,
  evidence: (featureId: string) => ['features', featureId, 'evidence'] as const,
};

/** The workspace's ideas, features and initiatives, ordered by the server by `sort`. */
export function useFeatures(workspaceId: string, sort: FeatureSort = 'rank') {
  return useQuery({
    queryKey: productKeys.featureList(workspaceId, sort),
    queryFn: () => api.listFeatures({ params: { workspaceId }, query: { sort } }),
    select: (list) => list.items,
  });
}

export function useCreateFeature(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFeatureRequest) => api.createFeature({ params: { workspaceId }, body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: productKeys.features(workspaceId) }),
  });
}

export function useUpdateFeature(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ featureId, body }: { featureId: string; body: UpdateFeatureRequest }) =>
      api.updateFeature({ params: { featureId }, body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: productKeys.features(workspaceId) }),
  });
}

export function useFeedback(workspaceId: string, status: FeedbackStatusFilter) {
  return useQuery({
    queryKey: productKeys.feedbackList(workspaceId, status),
    queryFn: () => api.listFeedback({ params: { workspaceId }, query: status === 'all' ? {} : { status } }),
    select: (list) => list.items,
  });
}

/** After any feedback write the inbox, the features' evidence counts and the evidence panels change. */
function useInvalidateFeedback(workspaceId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: productKeys.feedback(workspaceId) }),
      queryClient.invalidateQueries({ queryKey: productKeys.features(workspaceId) }),
      queryClient.invalidateQueries({ queryKey: ['features'] }),
    ]);
}

export function useCreateFeedback(workspaceId: string) {
  const invalidate = useInvalidateFeedback(workspaceId);
  return useMutation({
    mutationFn: (body: CreateFeedbackRequest) => api.createFeedback({ params: { workspaceId }, body }),
    onSettled: invalidate,
  });
}

export function useUpdateFeedback(workspaceId: string) {
  const invalidate = useInvalidateFeedback(workspaceId);
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: UpdateFeedbackRequest }) =>
      api.updateFeedback({ params: { itemId }, body }),
    onSettled: invalidate,
  });
}

export function useImportFeedback(workspaceId: string) {
  const invalidate = useInvalidateFeedback(workspaceId);
  return useMutation({
    mutationFn: ({ csv, fileName }: { csv: string; fileName?: string }) =>
      api.importFeedback({ params: { workspaceId }, body: { csv, fileName } }),
    onSuccess: invalidate,
  });
}

export function useCreateIdeaFromFeedback(workspaceId: string) {
  const invalidate = useInvalidateFeedback(workspaceId);
  return useMutation({
    mutationFn: ({ itemId, version }: { itemId: string; version: number }) =>
      api.createIdeaFromFeedback({ params: { itemId }, body: { version } }),
    onSettled: invalidate,
  });
}

export function useFeatureEvidence(featureId: string | null) {
  return useQuery({
    queryKey: productKeys.evidence(featureId ?? ''),
    queryFn: () => api.getFeatureEvidence({ params: { featureId: featureId ?? '' } }),
    enabled: featureId !== null,
  });
}

/** Options for a feature picker: "Title (kind)". */
export function featureOptions(features: readonly Feature[]): { value: string; label: string }[] {
  return features.map((feature) => ({ value: feature.id, label: `${feature.title} (${feature.kind})` }));
}
