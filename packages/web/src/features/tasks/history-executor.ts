import type { Task } from '@tandem/api';
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { conflictFromError, conflictKey } from '../conflicts/conflict-state';
import { reportConflict } from '../conflicts/conflict-store';
import { getHistory, knownVersion, noteVersion, setHistory } from './history-store';
import {
  applyLinkDeleted,
  applyLinkWritten,
  applyRescheduled,
  applyTaskCreated,
  applyTaskDeleted,
  applyTheirs,
  cachedLinks,
  cachedTasks,
  refreshOutline,
  refreshProject,
} from './task-cache-writes';
import { type HistoryOp, popRedo, popUndo, pushFuture, pushPast, resolveOp, withAlias } from './undo-history';

/** What an undo or redo did. */
export type HistoryRun =
  | { readonly status: 'done'; readonly label: string }
  | { readonly status: 'empty' }
  | { readonly status: 'failed'; readonly label: string; readonly error: unknown; readonly partial: boolean };

function versionOf(
  queryClient: QueryClient,
  projectId: string,
  id: string,
  kind: 'task' | 'link',
): number | undefined {
  // the version our own last write saw: if someone changed the object since, the server says 409
  const known = knownVersion(id);
  if (known !== undefined) return known;
  const cached =
    kind === 'task'
      ? cachedTasks(queryClient, projectId).find((task) => task.id === id)
      : cachedLinks(queryClient, projectId).find((link) => link.id === id);
  return cached?.version;
}

function requireVersion(version: number | undefined, what: string): number {
  if (version === undefined) throw new Error(`${what} is no longer in this project`);
  return version;
}

/** Runs one history op through the API (so it is shared, and checked against others' changes). */
async function runOp(queryClient: QueryClient, projectId: string, recorded: HistoryOp): Promise<void> {
  const op = resolveOp(getHistory(projectId), recorded);
  switch (op.kind) {
    case 'updateTask': {
      const before = cachedTasks(queryClient, projectId).find((task) => task.id === op.taskId);
      const version = requireVersion(
        versionOf(queryClient, projectId, op.taskId, 'task'),
        before?.name ?? 'The task',
      );
      try {
        const result = await api.updateTask({
          params: { taskId: op.taskId },
          body: { ...op.changes, version },
        });
        applyRescheduled(queryClient, projectId, [result.task, ...result.rescheduled], result.reanalysed);
        noteVersion(result.task.id, result.task.version);
      } catch (error) {
        const conflict = conflictFromError(error);
        if (conflict) {
          if (conflict.current) applyTheirs(queryClient, projectId, [conflict.current as unknown as Task]);
          reportConflict({
            key: conflictKey('task', op.taskId),
            kind: 'task',
            objectId: op.taskId,
            projectId,
            label: before?.name ?? 'This task',
            yours: op.changes,
            theirs: conflict.current,
          });
        }
        throw error;
      }
      if (op.changes.parentId !== undefined || op.changes.afterTaskId !== undefined)
        await refreshOutline(queryClient, projectId);
      return;
    }
    case 'createTask': {
      const result = await api.createTask({ params: { projectId }, body: op.body });
      setHistory(projectId, withAlias(getHistory(projectId), op.taskId, result.task.id));
      applyTaskCreated(
        queryClient,
        projectId,
        result.task,
        op.body.afterTaskId,
        result.rescheduled,
        result.reanalysed,
      );
      noteVersion(result.task.id, result.task.version);
      // the next op may place a subtask after this one: the cache must hold it first
      return;
    }
    case 'deleteTask': {
      const version = versionOf(queryClient, projectId, op.taskId, 'task');
      const result = await api.deleteTask({
        params: { taskId: op.taskId },
        query: version === undefined ? {} : { version },
      });
      applyTaskDeleted(queryClient, projectId, op.taskId, result.rescheduled, result.reanalysed);
      return;
    }
    case 'createLink': {
      const result = await api.createLink({ params: { projectId }, body: op.body });
      setHistory(projectId, withAlias(getHistory(projectId), op.linkId, result.link.id));
      applyLinkWritten(queryClient, projectId, result.link);
      applyRescheduled(queryClient, projectId, result.rescheduled, result.reanalysed);
      noteVersion(result.link.id, result.link.version);
      return;
    }
    case 'updateLink': {
      const version = requireVersion(versionOf(queryClient, projectId, op.linkId, 'link'), 'The link');
      try {
        const result = await api.updateLink({
          params: { linkId: op.linkId },
          body: { ...op.changes, version },
        });
        applyLinkWritten(queryClient, projectId, result.link);
        applyRescheduled(queryClient, projectId, result.rescheduled, result.reanalysed);
        noteVersion(result.link.id, result.link.version);
      } catch (error) {
        const conflict = conflictFromError(error);
        if (conflict) {
          reportConflict({
            key: conflictKey('link', op.linkId),
            kind: 'link',
            objectId: op.linkId,
            projectId,
            label: 'This link',
            yours: op.changes,
            theirs: conflict.current,
          });
        }
        throw error;
      }
      return;
    }
    case 'deleteLink': {
      const version = versionOf(queryClient, projectId, op.linkId, 'link');
      const result = await api.deleteLink({
        params: { linkId: op.linkId },
        query: version === undefined ? {} : { version },
      });
      applyLinkDeleted(queryClient, projectId, op.linkId);
      applyRescheduled(queryClient, projectId, result.rescheduled, result.reanalysed);
      return;
    }
  }
}

async function runOps(
  queryClient: QueryClient,
  projectId: string,
  ops: readonly HistoryOp[],
): Promise<{ readonly error: unknown; readonly done: number } | null> {
  for (let i = 0; i < ops.length; i += 1) {
    try {
      await runOp(queryClient, projectId, ops[i]);
    } catch (error) {
      return { error, done: i };
    }
  }
  return null;
}

/**
 * Undoes the project's latest action through the API. On success the action can be redone. When
 * someone changed the task since, the server answers 409 and the conflict dialog takes the undo
 * over (reapply or discard); another failure puts the action back unless part of it already ran.
 */
export async function undoLatest(queryClient: QueryClient, projectId: string): Promise<HistoryRun> {
  const taken = popUndo(getHistory(projectId));
  if (!taken) return { status: 'empty' };
  setHistory(projectId, taken.state);
  const failure = await runOps(queryClient, projectId, taken.entry.undo);
  void refreshProject(queryClient, projectId);
  if (!failure) {
    setHistory(projectId, pushFuture(getHistory(projectId), taken.entry));
    return { status: 'done', label: taken.entry.label };
  }
  // a conflict is the dialog's now (reapply or discard): the entry is not kept twice
  if (failure.done === 0 && !conflictFromError(failure.error))
    setHistory(projectId, pushPast(getHistory(projectId), taken.entry));
  return { status: 'failed', label: taken.entry.label, error: failure.error, partial: failure.done > 0 };
}

/** Redoes the latest undone action through the API (the mirror of `undoLatest`). */
export async function redoLatest(queryClient: QueryClient, projectId: string): Promise<HistoryRun> {
  const taken = popRedo(getHistory(projectId));
  if (!taken) return { status: 'empty' };
  setHistory(projectId, taken.state);
  const failure = await runOps(queryClient, projectId, taken.entry.redo);
  void refreshProject(queryClient, projectId);
  if (!failure) {
    setHistory(projectId, pushPast(getHistory(projectId), taken.entry));
    return { status: 'done', label: taken.entry.label };
  }
  if (failure.done === 0 && !conflictFromError(failure.error))
    setHistory(projectId, pushFuture(getHistory(projectId), taken.entry));
  return { status: 'failed', label: taken.entry.label, error: failure.error, partial: failure.done > 0 };
}
