import type { CreateRiskRequest, RunSimulationRequest, UpdateRiskRequest } from '@tandem/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { controlsKeys } from '../controls/controls.queries';

export const riskKeys = {
  list: (projectId: string) => ['projects', projectId, 'risks'] as const,
  history: (projectId: string, riskId: string) =>
    ['projects', projectId, 'risks', riskId, 'history'] as const,
};

/** The project's risk register, highest score first. */
export function useRisks(projectId: string) {
  return useQuery({
    queryKey: riskKeys.list(projectId),
    queryFn: () => api.listRisks({ params: { projectId } }),
    select: (list) => list.items,
  });
}

export function useRiskHistory(projectId: string, riskId: string | null) {
  return useQuery({
    queryKey: riskKeys.history(projectId, riskId ?? ''),
    queryFn: () => api.listRiskHistory({ params: { riskId: riskId ?? '' } }),
    select: (list) => list.items,
    enabled: riskId !== null,
  });
}

export function useCreateRisk(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRiskRequest) => api.createRisk({ params: { projectId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: riskKeys.list(projectId) }),
  });
}

export function useUpdateRisk(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ riskId, body }: { riskId: string; body: UpdateRiskRequest }) =>
      api.updateRisk({ params: { riskId }, body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: riskKeys.list(projectId) }),
  });
}

export function useDeleteRisk(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ riskId, version }: { riskId: string; version: number }) =>
      api.deleteRisk({ params: { riskId }, query: { version } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: riskKeys.list(projectId) }),
  });
}

export function useCreateRiskAction(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ riskId, title, dueDate }: { riskId: string; title: string; dueDate: string | null }) =>
      api.createRiskAction({ params: { riskId }, body: { title, dueDate } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: riskKeys.list(projectId) }),
  });
}

export function useToggleRiskAction(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ actionId, version, done }: { actionId: string; version: number; done: boolean }) =>
      api.updateRiskAction({ params: { actionId }, body: { version, done } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: riskKeys.list(projectId) }),
  });
}

export function useRunSimulation(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RunSimulationRequest) => api.runSimulation({ params: { projectId }, body }),
    onSuccess: (simulation) => queryClient.setQueryData(controlsKeys.latestSimulation(projectId), simulation),
  });
}
