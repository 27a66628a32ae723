import type { CreateStakeholderRequest, UpdateStakeholderRequest } from '@tandem/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { marketKeys } from './market.keys';

/** The stakeholder register, most powerful and interested first, each with the server's quadrant. */
export function useStakeholders(workspaceId: string) {
  return useQuery({
    queryKey: marketKeys.stakeholders(workspaceId),
    queryFn: () => api.listStakeholders({ params: { workspaceId } }),
    select: (list) => list.items,
  });
}

function useInvalidateStakeholders(workspaceId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: marketKeys.stakeholders(workspaceId) });
}

export function useCreateStakeholder(workspaceId: string) {
  const invalidate = useInvalidateStakeholders(workspaceId);
  return useMutation({
    mutationFn: (body: CreateStakeholderRequest) => api.createStakeholder({ params: { workspaceId }, body }),
    onSettled: invalidate,
  });
}

export function useUpdateStakeholder(workspaceId: string) {
  const invalidate = useInvalidateStakeholders(workspaceId);
  return useMutation({
    mutationFn: ({ stakeholderId, body }: { stakeholderId: string; body: UpdateStakeholderRequest }) =>
      api.updateStakeholder({ params: { stakeholderId }, body }),
    onSettled: invalidate,
  });
}

export function useDeleteStakeholder(workspaceId: string) {
  const invalidate = useInvalidateStakeholders(workspaceId);
  return useMutation({
    mutationFn: ({ stakeholderId, version }: { stakeholderId: string; version: number }) =>
      api.deleteStakeholder({ params: { stakeholderId }, query: { version } }),
    onSettled: invalidate,
  });
}

/** The workspace's products, for pickers (name and id are what is used). */
export function useProductOptions(workspaceId: string) {
  return useQuery({
    queryKey: marketKeys.products(workspaceId),
    queryFn: () => api.listProducts({ params: { workspaceId } }),
    select: (list) => list.items.map((product) => ({ value: product.id, label: product.name })),
  });
}
