import type { CreateDefectRequest, TaskQuality, UpdateDefectRequest } from '@tandem/api';
import { type QueryClient, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const qualityKeys = {
  task: (projectId: string, taskId: string) => ['projects', projectId, 'quality', taskId] as const,
  defects: (projectId: string) => ['projects', projectId, 'defects'] as const,
};

function taskQueryOptions(projectId: string, taskId: string) {
  return {
    queryKey: qualityKeys.task(projectId, taskId),
    queryFn: () => api.getTaskQuality({ params: { taskId } }),
  };
}

/** A task's acceptance criteria, gate, and whether it may be completed. */
export function useTaskQuality(projectId: string, taskId: string | null) {
  return useQuery({ ...taskQueryOptions(projectId, taskId ?? ''), enabled: taskId !== null });
}

/** The quality of several tasks (the dashboard's milestones), by task id once loaded. */
export function useTaskQualities(projectId: string, taskIds: readonly string[]): Map<string, TaskQuality> {
  return useQueries({
    queries: taskIds.map((taskId) => taskQueryOptions(projectId, taskId)),
    combine: (results) => {
      const map = new Map<string, TaskQuality>();
      for (const result of results) if (result.data) map.set(result.data.taskId, result.data);
      return map;
    },
  });
}

function quality(projectId: string, queryClient: QueryClient) {
  return {
    onSuccess: (result: TaskQuality) =>
      queryClient.setQueryData(qualityKeys.task(projectId, result.taskId), result),
  };
}

export function useCreateCriterion(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, text }: { taskId: string; text: string }) =>
      api.createCriterion({ params: { taskId }, body: { text } }),
    ...quality(projectId, queryClient),
  });
}

export function useUpdateCriterion(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      criterionId,
      version,
      checked,
    }: {
      criterionId: string;
      version: number;
      checked: boolean;
    }) => api.updateCriterion({ params: { criterionId }, body: { version, checked } }),
    ...quality(projectId, queryClient),
  });
}

export function useDeleteCriterion(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ criterionId, version }: { criterionId: string; version: number }) =>
      api.deleteCriterion({ params: { criterionId }, query: { version } }),
    ...quality(projectId, queryClient),
  });
}

export function useSetGate(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, version, approverId }: { taskId: string; version: number; approverId: string }) =>
      api.setQualityGate({ params: { taskId }, body: { version, approverId } }),
    ...quality(projectId, queryClient),
  });
}

export function useSignOffGate(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, version }: { taskId: string; version: number }) =>
      api.signOffQualityGate({ params: { taskId }, body: { version } }),
    ...quality(projectId, queryClient),
  });
}

/** The project's defect log, newest first. */
export function useDefects(projectId: string) {
  return useQuery({
    queryKey: qualityKeys.defects(projectId),
    queryFn: () => api.listDefects({ params: { projectId } }),
    select: (list) => list.items,
  });
}

export function useCreateDefect(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDefectRequest) => api.createDefect({ params: { projectId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: qualityKeys.defects(projectId) }),
  });
}

export function useUpdateDefect(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ defectId, body }: { defectId: string; body: UpdateDefectRequest }) =>
      api.updateDefect({ params: { defectId }, body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: qualityKeys.defects(projectId) }),
  });
}
