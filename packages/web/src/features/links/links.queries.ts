import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { conflictFromError, conflictKey } from '../conflicts/conflict-state';
import { reportConflict } from '../conflicts/conflict-store';
import { noteVersion, recordHistory } from '../tasks/history-store';
import {
  applyLinkDeleted,
  applyLinkWritten,
  applyRescheduled,
  cachedLinks,
  refreshProject,
} from '../tasks/task-cache-writes';
import type { CreateLinkRequest, Link, UpdateLinkRequest } from './link.types';
import { linkKeys } from './link-keys';

export { linkKeys } from './link-keys';

export function linksQuery(projectId: string) {
  return queryOptions({
    queryKey: linkKeys.list(projectId),
    queryFn: () => api.listLinks({ params: { projectId } }),
    select: (list) => list.items,
    // as for tasks (tasksQuery): the cache writes keep unchanged link objects themselves
    structuralSharing: false,
  });
}

export function useLinks(projectId: string) {
  return useQuery(linksQuery(projectId));
}

interface WriteOptions {
  /** False for writes made by undo/redo themselves. */
  readonly record?: boolean;
}

function linkBody(link: Link): CreateLinkRequest {
  return {
    predecessorId: link.predecessorId,
    successorId: link.successorId,
    type: link.type,
    lag: link.lag,
    lagUnit: link.lagUnit,
  };
}

/** Links two tasks; the successors the link moves are in the cache as soon as the answer arrives. */
export function useCreateLink(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ record: _record, ...body }: CreateLinkRequest & WriteOptions) =>
      api.createLink({ params: { projectId }, body }),
    onSuccess: (result, { record, ...body }) => {
      applyLinkWritten(queryClient, projectId, result.link);
      applyRescheduled(queryClient, projectId, result.rescheduled, result.reanalysed);
      noteVersion(result.link.id, result.link.version);
      if (record !== false) {
        recordHistory(projectId, {
          label: 'Link tasks',
          undo: [{ kind: 'deleteLink', linkId: result.link.id }],
          redo: [{ kind: 'createLink', linkId: result.link.id, body }],
        });
      }
      void refreshProject(queryClient, projectId);
    },
  });
}

export interface UpdateLinkVariables extends WriteOptions {
  readonly linkId: string;
  readonly body: UpdateLinkRequest;
}

/** Changes a link's type or lag (optimistically; rolled back on failure, 409 opens the conflict dialog). */
export function useUpdateLink(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ linkId, body }: UpdateLinkVariables) => api.updateLink({ params: { linkId }, body }),
    onMutate: async ({ linkId, body }) => {
      await queryClient.cancelQueries({ queryKey: linkKeys.list(projectId) });
      const before = cachedLinks(queryClient, projectId).find((link) => link.id === linkId);
      if (before) {
        applyLinkWritten(
          queryClient,
          projectId,
          {
            ...before,
            type: body.type ?? before.type,
            lag: body.lag ?? before.lag,
            lagUnit: body.lagUnit ?? before.lagUnit,
          },
          false,
        );
      }
      return { before };
    },
    onError: (error, { linkId, body }, context) => {
      if (context?.before) applyLinkWritten(queryClient, projectId, context.before, false);
      const conflict = conflictFromError(error);
      if (!conflict) return;
      const { version: _version, ...yours } = body;
      if (conflict.current)
        applyLinkWritten(queryClient, projectId, conflict.current as unknown as Link, false);
      else applyLinkDeleted(queryClient, projectId, linkId);
      reportConflict({
        key: conflictKey('link', linkId),
        kind: 'link',
        objectId: linkId,
        projectId,
        label: 'This link',
        yours,
        theirs: conflict.current,
      });
    },
    onSuccess: (result, { linkId, body, record }, context) => {
      applyLinkWritten(queryClient, projectId, result.link);
      applyRescheduled(queryClient, projectId, result.rescheduled, result.reanalysed);
      noteVersion(result.link.id, result.link.version);
      const before = context?.before;
      if (record !== false && before) {
        const { version: _version, ...changes } = body;
        recordHistory(projectId, {
          label: 'Change link',
          undo: [
            {
              kind: 'updateLink',
              linkId,
              changes: { type: before.type, lag: before.lag, lagUnit: before.lagUnit },
            },
          ],
          redo: [{ kind: 'updateLink', linkId, changes }],
        });
      }
      void refreshProject(queryClient, projectId);
    },
  });
}

export interface DeleteLinkVariables extends WriteOptions {
  readonly linkId: string;
  readonly version?: number;
}

/** Removes a link (gone at once; back if the server refuses). */
export function useDeleteLink(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ linkId, version }: DeleteLinkVariables) =>
      api.deleteLink({ params: { linkId }, query: version === undefined ? {} : { version } }),
    onMutate: async ({ linkId }) => {
      await queryClient.cancelQueries({ queryKey: linkKeys.list(projectId) });
      const before = cachedLinks(queryClient, projectId).find((link) => link.id === linkId);
      applyLinkDeleted(queryClient, projectId, linkId);
      return { before };
    },
    onError: (_error, _variables, context) => {
      if (context?.before) applyLinkWritten(queryClient, projectId, context.before, false);
    },
    onSuccess: (result, { linkId, record }, context) => {
      applyRescheduled(queryClient, projectId, result.rescheduled, result.reanalysed);
      const before = context?.before;
      if (record !== false && before) {
        recordHistory(projectId, {
          label: 'Remove link',
          undo: [{ kind: 'createLink', linkId, body: linkBody(before) }],
          redo: [{ kind: 'deleteLink', linkId }],
        });
      }
      void refreshProject(queryClient, projectId);
    },
  });
}
