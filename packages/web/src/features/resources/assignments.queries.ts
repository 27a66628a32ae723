import type { CreateAssignmentRequest, UpdateAssignmentRequest } from '@tandem/api';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { applyScheduleChange } from './schedule-change';

export const assignmentKeys = {
  list: (projectId: string) => ['projects', projectId, 'assignments'] as const,
};

export function assignmentsQuery(projectId: string) {
  return queryOptions({
    queryKey: assignmentKeys.list(projectId),
    queryFn: () => api.listAssignments({ params: { projectId } }),
    select: (list) => list.items,
  });
}

/** Every assignment of the project. */
export function useAssignments(projectId: string) {
  return useQuery(assignmentsQuery(projectId));
}

/** Assignment writes reschedule the project: the moved tasks are painted in at once. */
export function useCreateAssignment(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAssignmentRequest) => api.createAssignment({ params: { projectId }, body }),
    onSuccess: (result) => applyScheduleChange(queryClient, projectId, result.rescheduled, result.reanalysed),
  });
}

export function useUpdateAssignment(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assignmentId, body }: { assignmentId: string; body: UpdateAssignmentRequest }) =>
      api.updateAssignment({ params: { assignmentId }, body }),
    onSuccess: (result) => applyScheduleChange(queryClient, projectId, result.rescheduled, result.reanalysed),
    onError: () => queryClient.invalidateQueries({ queryKey: assignmentKeys.list(projectId) }),
  });
}

export function useDeleteAssignment(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assignmentId, version }: { assignmentId: string; version: number }) =>
      api.deleteAssignment({ params: { assignmentId }, query: { version } }),
    onSuccess: (result) => applyScheduleChange(queryClient, projectId, result.rescheduled, result.reanalysed),
    onError: () => queryClient.invalidateQueries({ queryKey: assignmentKeys.list(projectId) }),
  });
}
