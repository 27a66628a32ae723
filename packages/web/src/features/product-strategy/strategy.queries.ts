import type {
  CreateCheckInRequest,
  CreateGoalRequest,
  CreateProductRequest,
  Feature,
  Goal,
  Product,
  UpdateGoalRequest,
  UpdateProductRequest,
} from '@tandem/api';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { conflictFromError } from '../conflicts/conflict-state';
import { goalIdsWith } from './goal-links';

export const strategyKeys = {
  products: (workspaceId: string) => ['workspaces', workspaceId, 'products'] as const,
  goals: (workspaceId: string) => ['workspaces', workspaceId, 'goals'] as const,
  features: (workspaceId: string) => ['workspaces', workspaceId, 'features'] as const,
  checkIns: (keyResultId: string) => ['key-results', keyResultId, 'check-ins'] as const,
};

interface Listed<T> {
  readonly items: readonly T[];
}

/** Puts the object as the server now holds it into the cached list (a save, or a 409's `current`). */
function replaceInList<T extends { readonly id: string }>(
  queryClient: QueryClient,
  queryKey: readonly unknown[],
  item: T,
): void {
  queryClient.setQueryData<Listed<T>>(queryKey, (list) =>
    list ? { ...list, items: list.items.map((old) => (old.id === item.id ? item : old)) } : list,
  );
}

/** Shows a created object at once (the refetch that follows confirms the order). */
function appendToList<T extends { readonly id: string }>(
  queryClient: QueryClient,
  queryKey: readonly unknown[],
  item: T,
): void {
  queryClient.setQueryData<Listed<T>>(queryKey, (list) =>
    list && !list.items.some((old) => old.id === item.id) ? { ...list, items: [...list.items, item] } : list,
  );
}

/** After a refused write, show what the server holds now (the 409 carries it). */
function takeCurrent<T extends { readonly id: string }>(
  queryClient: QueryClient,
  queryKey: readonly unknown[],
  error: unknown,
): void {
  const conflict = conflictFromError(error);
  if (conflict?.current) replaceInList(queryClient, queryKey, conflict.current as unknown as T);
}

export function useProducts(workspaceId: string) {
  return useQuery({
    queryKey: strategyKeys.products(workspaceId),
    queryFn: () => api.listProducts({ params: { workspaceId } }),
    select: (list) => list.items,
  });
}

export function useCreateProduct(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProductRequest) => api.createProduct({ params: { workspaceId }, body }),
    onSuccess: (product) => appendToList<Product>(queryClient, strategyKeys.products(workspaceId), product),
    onSettled: () => queryClient.invalidateQueries({ queryKey: strategyKeys.products(workspaceId) }),
  });
}

/** Saves product fields or a dated stage change; a 409 leaves the current product in the cache. */
export function useUpdateProduct(workspaceId: string) {
  const queryClient = useQueryClient();
  const key = strategyKeys.products(workspaceId);
  return useMutation({
    mutationFn: ({ productId, body }: { productId: string; body: UpdateProductRequest }) =>
      api.updateProduct({ params: { productId }, body }),
    onSuccess: (product) => replaceInList<Product>(queryClient, key, product),
    onError: (error) => takeCurrent<Product>(queryClient, key, error),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useDeleteProduct(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ productId, version }: { productId: string; version: number }) =>
      api.deleteProduct({ params: { productId }, query: { version } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: strategyKeys.products(workspaceId) }),
  });
}

export function useGoals(workspaceId: string) {
  return useQuery({
    queryKey: strategyKeys.goals(workspaceId),
    queryFn: () => api.listGoals({ params: { workspaceId } }),
    select: (list) => list.items,
  });
}

export function useCreateGoal(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateGoalRequest) => api.createGoal({ params: { workspaceId }, body }),
    onSuccess: (goal) => appendToList<Goal>(queryClient, strategyKeys.goals(workspaceId), goal),
    onSettled: () => queryClient.invalidateQueries({ queryKey: strategyKeys.goals(workspaceId) }),
  });
}

export function useUpdateGoal(workspaceId: string) {
  const queryClient = useQueryClient();
  const key = strategyKeys.goals(workspaceId);
  return useMutation({
    mutationFn: ({ goalId, body }: { goalId: string; body: UpdateGoalRequest }) =>
      api.updateGoal({ params: { goalId }, body }),
    onSuccess: (goal) => replaceInList<Goal>(queryClient, key, goal),
    onError: (error) => takeCurrent<Goal>(queryClient, key, error),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        // removed key results take their check-ins with them
        queryClient.invalidateQueries({ queryKey: ['key-results'] }),
      ]),
  });
}

export function useDeleteGoal(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ goalId, version }: { goalId: string; version: number }) =>
      api.deleteGoal({ params: { goalId }, query: { version } }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: strategyKeys.goals(workspaceId) }),
        // features stop serving a deleted objective
        queryClient.invalidateQueries({ queryKey: strategyKeys.features(workspaceId) }),
      ]),
  });
}

/** A key result's check-ins, newest first; fetched only while the history is open. */
export function useCheckIns(keyResultId: string, enabled: boolean) {
  return useQuery({
    queryKey: strategyKeys.checkIns(keyResultId),
    queryFn: () => api.listCheckIns({ params: { keyResultId } }),
    select: (list) => list.items,
    enabled,
  });
}

/** Records a check-in; the answer carries the objective with its new progress. */
export function useCreateCheckIn(workspaceId: string) {
  const queryClient = useQueryClient();
  const key = strategyKeys.goals(workspaceId);
  return useMutation({
    mutationFn: ({ keyResultId, body }: { keyResultId: string; body: CreateCheckInRequest }) =>
      api.createCheckIn({ params: { keyResultId }, body }),
    onSuccess: ({ goal }) => replaceInList<Goal>(queryClient, key, goal),
    onSettled: (_result, _error, { keyResultId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: strategyKeys.checkIns(keyResultId) }),
      ]),
  });
}

/**
 * Links a feature (or initiative, idea) to an objective, or unlinks it, through the feature's
 * goal list. If someone changed the feature meanwhile (409), the link is applied once more to the
 * feature as it now is: the intent (this goal in or out) does not depend on their edit.
 */
export function useSetFeatureGoal(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      feature,
      goalId,
      linked,
    }: {
      feature: Feature;
      goalId: string;
      linked: boolean;
    }) => {
      const write = (from: Pick<Feature, 'id' | 'version' | 'goalIds'>) =>
        api.updateFeature({
          params: { featureId: from.id },
          body: { version: from.version, goalIds: goalIdsWith(from.goalIds, goalId, linked) },
        });
      try {
        return await write(feature);
      } catch (error) {
        const current = conflictFromError(error)?.current as unknown as Feature | null | undefined;
        if (!current) throw error;
        return write(current);
      }
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: strategyKeys.features(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: strategyKeys.goals(workspaceId) }),
      ]),
  });
}
