import type {
  CreateReleaseRequest,
  CreateShareLinkRequest,
  ScopePreview,
  UpdateReleaseRequest,
} from '@tandem/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { productKeys } from './product.queries';

export const roadmapKeys = {
  releases: (workspaceId: string) => ['workspaces', workspaceId, 'releases'] as const,
  notes: (releaseId: string) => ['releases', releaseId, 'notes'] as const,
  shareLinks: (workspaceId: string) => ['workspaces', workspaceId, 'share-links'] as const,
  shared: (token: string) => ['shared', token, 'roadmap'] as const,
};

export function useReleases(workspaceId: string) {
  return useQuery({
    queryKey: roadmapKeys.releases(workspaceId),
    queryFn: () => api.listReleases({ params: { workspaceId } }),
    select: (list) => list.items,
  });
}

export function useCreateRelease(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReleaseRequest) => api.createRelease({ params: { workspaceId }, body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: roadmapKeys.releases(workspaceId) }),
  });
}

export function useUpdateRelease(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ releaseId, body }: { releaseId: string; body: UpdateReleaseRequest }) =>
      api.updateRelease({ params: { releaseId }, body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: roadmapKeys.releases(workspaceId) }),
  });
}

export function useReleaseNotes(releaseId: string | null) {
  return useQuery({
    queryKey: roadmapKeys.notes(releaseId ?? ''),
    queryFn: () => api.getReleaseNotes({ params: { releaseId: releaseId ?? '' } }),
    enabled: releaseId !== null,
  });
}

/** What adding/removing features would do to the release's date and cost, before saving. */
export function usePreviewScope() {
  return useMutation({
    mutationFn: ({
      releaseId,
      add,
      remove,
    }: {
      releaseId: string;
      add: string[];
      remove: string[];
    }): Promise<ScopePreview> => api.previewReleaseScope({ params: { releaseId }, body: { add, remove } }),
  });
}

/** Saving a scope change: each feature's `releaseId` is written, then releases and features refresh. */
export function useApplyScope(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (
      changes: readonly { featureId: string; version: number; releaseId: string | null }[],
    ) => {
      for (const change of changes) {
        await api.updateFeature({
          params: { featureId: change.featureId },
          body: { version: change.version, releaseId: change.releaseId },
        });
      }
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: roadmapKeys.releases(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: productKeys.features(workspaceId) }),
      ]),
  });
}

export function useShareLinks(workspaceId: string) {
  return useQuery({
    queryKey: roadmapKeys.shareLinks(workspaceId),
    queryFn: () => api.listShareLinks({ params: { workspaceId } }),
    select: (list) => list.items,
  });
}

export function useCreateShareLink(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateShareLinkRequest) => api.createShareLink({ params: { workspaceId }, body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: roadmapKeys.shareLinks(workspaceId) }),
  });
}

export function useRevokeShareLink(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shareLinkId: string) => api.revokeShareLink({ params: { shareLinkId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: roadmapKeys.shareLinks(workspaceId) }),
  });
}

export function useSharedRoadmap(token: string) {
  return useQuery({
    queryKey: roadmapKeys.shared(token),
    queryFn: () => api.getSharedRoadmap({ params: { token } }),
    retry: false,
  });
}
