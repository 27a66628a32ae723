import type { CreateTaskRequest, Task, TaskWriteResult, UpdateTaskRequest } from '@tandem/api';
import { queryOptions, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { conflictFromError, conflictKey } from '../conflicts/conflict-state';
import { reportConflict } from '../conflicts/conflict-store';
import { projectKeys } from '../projects/projects.queries';
import { noteVersion, recordHistory } from './history-store';
import { patchTask } from './task-cache';
import {
  applyRescheduled,
  applyTaskCreated,
  applyTaskDeleted,
  applyTheirs,
  cachedLinks,
  cachedTasks,
  refreshOutline,
  refreshProject,
} from './task-cache-writes';
import { deleteTaskEntry, inverseTaskChanges } from './task-history-ops';
import { taskKeys } from './task-keys';

export { taskKeys } from './task-keys';

export function tasksQuery(projectId: string) {
  return queryOptions({
    queryKey: taskKeys.list(projectId),
    queryFn: () => api.listTasks({ params: { projectId } }),
    select: (list) => list.items,
    // The cache writes (task-cache-writes.ts) keep every unchanged task object themselves; TanStack
    // Query's structural sharing would compare every field of every task again on each write:
    // about 70 ms of a 10,000-task Gantt's edit, more than the rest of its repaint. A refetch
    // then gives new objects for all tasks, which only the drawn rows redraw.
    structuralSharing: false,
  });
}

export function useTasks(projectId: string) {
  return useQuery(tasksQuery(projectId));
}

/** The task lists of several projects at once (the workspace overview's milestones). */
export function useTasksOfProjects(projectIds: readonly string[]) {
  return useQueries({ queries: projectIds.map((projectId) => tasksQuery(projectId)) });
}

/** Options every task write takes. */
interface WriteOptions {
  /** False for writes made by undo/redo themselves (they are not new actions). */
  readonly record?: boolean;
}

export type CreateTaskVariables = CreateTaskRequest & WriteOptions;

export function useCreateTask(projectId: string, workspaceId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ record: _record, ...body }: CreateTaskVariables) =>
      api.createTask({ params: { projectId }, body }),
    onSuccess: (result: TaskWriteResult, { record, ...body }) => {
      applyTaskCreated(
        queryClient,
        projectId,
        result.task,
        body.afterTaskId,
        result.rescheduled,
        result.reanalysed,
      );
      noteVersion(result.task.id, result.task.version);
      if (record !== false) {
        recordHistory(projectId, {
          label: `Add ${result.task.name}`,
          undo: [{ kind: 'deleteTask', taskId: result.task.id }],
          redo: [{ kind: 'createTask', taskId: result.task.id, body }],
        });
      }
      void refreshProject(queryClient, projectId);
      if (workspaceId) void queryClient.invalidateQueries({ queryKey: projectKeys.list(workspaceId) });
      // not awaited: the new task is in the cache already, and typing goes on at once
      void refreshOutline(queryClient, projectId);
    },
  });
}

export interface UpdateTaskVariables extends WriteOptions {
  readonly taskId: string;
  readonly body: UpdateTaskRequest;
}

// Fields whose new value is known before the server answers (dates are the engine's to compute).
const OPTIMISTIC_FIELDS = [
  'name',
  'duration',
  'durationUnit',
  'milestone',
  'percentComplete',
  'constraintType',
  'constraintDate',
  'deadline',
  'notes',
] as const;

function optimisticChanges(body: UpdateTaskRequest): Partial<Task> {
  const changes: Record<string, unknown> = {};
  for (const field of OPTIMISTIC_FIELDS) if (body[field] !== undefined) changes[field] = body[field];
  return changes as Partial<Task>;
}

/**
 * Changes (or moves) a task. The sheet and the Gantt show the edit at once; the answer's
 * rescheduled tasks go into the cache as soon as it arrives; a failure rolls the edit back, and a
 * 409 opens the conflict dialog with theirs and yours (nothing is lost).
 */
export function useUpdateTask(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, body }: UpdateTaskVariables) => api.updateTask({ params: { taskId }, body }),
    onMutate: async ({ taskId, body }) => {
      await queryClient.cancelQueries({ queryKey: taskKeys.list(projectId) });
      const list = cachedTasks(queryClient, projectId);
      const before = list.find((task) => task.id === taskId);
      const inverse = before ? inverseTaskChanges(list, before, body) : null;
      const changes = optimisticChanges(body);
      if (before && Object.keys(changes).length > 0) {
        queryClient.setQueryData(taskKeys.list(projectId), {
          items: patchTask(list, taskId, changes).slice(),
        });
      }
      return { before, inverse };
    },
    onError: (error, { taskId, body }, context) => {
      if (context?.before) applyTheirs(queryClient, projectId, [context.before]);
      const conflict = conflictFromError(error);
      if (!conflict) return;
      const { version: _version, ...yours } = body;
      if (conflict.current) applyTheirs(queryClient, projectId, [conflict.current as unknown as Task]);
      reportConflict({
        key: conflictKey('task', taskId),
        kind: 'task',
        objectId: taskId,
        projectId,
        label: context?.before?.name ?? 'This task',
        yours,
        theirs: conflict.current,
      });
      if (conflict.deleted) void refreshOutline(queryClient, projectId);
    },
    onSuccess: (result: TaskWriteResult, { taskId, body, record }, context) => {
      applyRescheduled(queryClient, projectId, [result.task, ...result.rescheduled], result.reanalysed);
      noteVersion(result.task.id, result.task.version);
      if (record !== false && context?.inverse) {
        const { version: _version, ...changes } = body;
        recordHistory(projectId, {
          label: `Edit ${result.task.name}`,
          undo: [{ kind: 'updateTask', taskId, changes: context.inverse }],
          redo: [{ kind: 'updateTask', taskId, changes }],
        });
      }
      void refreshProject(queryClient, projectId);
      if (body.parentId !== undefined || body.afterTaskId !== undefined)
        return refreshOutline(queryClient, projectId);
    },
  });
}

export interface DeleteTaskVariables extends WriteOptions {
  readonly taskId: string;
  /** The version last read: a stale one answers 409 and deletes nothing. */
  readonly version?: number;
}

/** Deletes a task with its subtasks (gone from the sheet at once; back if the server refuses). */
export function useDeleteTask(projectId: string, workspaceId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, version }: DeleteTaskVariables) =>
      api.deleteTask({ params: { taskId }, query: version === undefined ? {} : { version } }),
    onMutate: async ({ taskId }) => {
      await queryClient.cancelQueries({ queryKey: taskKeys.list(projectId) });
      const list = cachedTasks(queryClient, projectId);
      const links = cachedLinks(queryClient, projectId);
      const entry = deleteTaskEntry(list, links, taskId);
      const snapshot = queryClient.getQueryData(taskKeys.list(projectId));
      applyTaskDeleted(queryClient, projectId, taskId, [], []);
      return { entry, snapshot, links };
    },
    onError: (_error, _variables, context) => {
      if (context?.snapshot) queryClient.setQueryData(taskKeys.list(projectId), context.snapshot);
      void refreshOutline(queryClient, projectId);
    },
    onSuccess: (result, { record }, context) => {
      applyRescheduled(queryClient, projectId, result.rescheduled, result.reanalysed);
      if (record !== false && context?.entry) recordHistory(projectId, context.entry);
      void refreshProject(queryClient, projectId);
      if (workspaceId) void queryClient.invalidateQueries({ queryKey: projectKeys.list(workspaceId) });
      return refreshOutline(queryClient, projectId);
    },
  });
}
