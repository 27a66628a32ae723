import type {
  ComparisonMatrix,
  CreateCompetitorRequest,
  CreateMarketTrendRequest,
  FeatureSupport,
  PutSwotRequest,
  UpdateCompetitorRequest,
  UpdateMarketTrendRequest,
} from '@tandem/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { withCell } from './comparison-matrix';
import { marketKeys } from './market.keys';

export function useCompetitors(workspaceId: string) {
  return useQuery({
    queryKey: marketKeys.competitors(workspaceId),
    queryFn: () => api.listCompetitors({ params: { workspaceId } }),
    select: (list) => list.items,
  });
}

/** A competitor write also changes the matrix's columns, so both are refetched. */
function useInvalidateCompetitors(workspaceId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: marketKeys.competitors(workspaceId) }),
      queryClient.invalidateQueries({ queryKey: marketKeys.matrix(workspaceId) }),
    ]);
}

export function useCreateCompetitor(workspaceId: string) {
  const invalidate = useInvalidateCompetitors(workspaceId);
  return useMutation({
    mutationFn: (body: CreateCompetitorRequest) => api.createCompetitor({ params: { workspaceId }, body }),
    onSettled: invalidate,
  });
}

export function useUpdateCompetitor(workspaceId: string) {
  const invalidate = useInvalidateCompetitors(workspaceId);
  return useMutation({
    mutationFn: ({ competitorId, body }: { competitorId: string; body: UpdateCompetitorRequest }) =>
      api.updateCompetitor({ params: { competitorId }, body }),
    onSettled: invalidate,
  });
}

export function useDeleteCompetitor(workspaceId: string) {
  const invalidate = useInvalidateCompetitors(workspaceId);
  return useMutation({
    mutationFn: ({ competitorId, version }: { competitorId: string; version: number }) =>
      api.deleteCompetitor({ params: { competitorId }, query: { version } }),
    onSettled: invalidate,
  });
}

/** Our features (rows, by rank) against the competitors (columns). */
export function useComparisonMatrix(workspaceId: string) {
  return useQuery({
    queryKey: marketKeys.matrix(workspaceId),
    queryFn: () => api.getComparisonMatrix({ params: { workspaceId } }),
  });
}

export interface CellWrite {
  readonly competitorId: string;
  readonly featureId: string;
  readonly support: FeatureSupport;
  readonly note: string;
}

/**
 * Sets one cell. The matrix shows the new value at once and goes back to what it was if the
 * server refuses (a cell has no version: the last write wins, as in a spreadsheet).
 */
export function useSetComparisonCell(workspaceId: string) {
  const queryClient = useQueryClient();
  const key = marketKeys.matrix(workspaceId);
  return useMutation({
    mutationFn: ({ competitorId, featureId, support, note }: CellWrite) =>
      api.setComparisonCell({ params: { competitorId, featureId }, body: { support, note } }),
    onMutate: async (write) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<ComparisonMatrix>(key);
      if (before) {
        queryClient.setQueryData<ComparisonMatrix>(
          key,
          withCell(before, write.featureId, write.competitorId, { support: write.support, note: write.note }),
        );
      }
      return { before };
    },
    onError: (_error, _write, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useMarketTrends(workspaceId: string) {
  return useQuery({
    queryKey: marketKeys.trends(workspaceId),
    queryFn: () => api.listMarketTrends({ params: { workspaceId } }),
    select: (list) => list.items,
  });
}

function useInvalidateTrends(workspaceId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: marketKeys.trends(workspaceId) });
}

export function useCreateMarketTrend(workspaceId: string) {
  const invalidate = useInvalidateTrends(workspaceId);
  return useMutation({
    mutationFn: (body: CreateMarketTrendRequest) => api.createMarketTrend({ params: { workspaceId }, body }),
    onSettled: invalidate,
  });
}

export function useUpdateMarketTrend(workspaceId: string) {
  const invalidate = useInvalidateTrends(workspaceId);
  return useMutation({
    mutationFn: ({ trendId, body }: { trendId: string; body: UpdateMarketTrendRequest }) =>
      api.updateMarketTrend({ params: { trendId }, body }),
    onSettled: invalidate,
  });
}

export function useDeleteMarketTrend(workspaceId: string) {
  const invalidate = useInvalidateTrends(workspaceId);
  return useMutation({
    mutationFn: ({ trendId, version }: { trendId: string; version: number }) =>
      api.deleteMarketTrend({ params: { trendId }, query: { version } }),
    onSettled: invalidate,
  });
}

/** A product's SWOT (version 0 until first saved). */
export function useSwot(workspaceId: string, productId: string | null) {
  return useQuery({
    queryKey: marketKeys.swot(workspaceId, productId ?? ''),
    queryFn: () => api.getSwot({ params: { productId: productId ?? '' } }),
    enabled: productId !== null,
  });
}

export function usePutSwot(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ productId, body }: { productId: string; body: PutSwotRequest }) =>
      api.putSwot({ params: { productId }, body }),
    onSuccess: (swot) => queryClient.setQueryData(marketKeys.swot(workspaceId, swot.productId), swot),
    onSettled: (_swot, _error, { productId }) =>
      queryClient.invalidateQueries({ queryKey: marketKeys.swot(workspaceId, productId) }),
  });
}
