import { notifications } from '@mantine/notifications';
import type { Assignment, ProjectCalendar, Resource, Task } from '@tandem/api';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { api } from '../../lib/api';
import { describeError } from '../../lib/problem';
import { conflictFromError } from '../conflicts/conflict-state';
import { useCreateLink, useDeleteLink, useUpdateLink } from '../links/links.queries';
import { assignmentKeys } from '../resources/assignments.queries';
import { redoLatest, undoLatest } from '../tasks/history-executor';
import { recordAsOne } from '../tasks/history-store';
import { applyRescheduled, cachedTasks, refreshOutline, refreshProject } from '../tasks/task-cache-writes';
import { useCreateTask, useDeleteTask, useUpdateTask } from '../tasks/tasks.queries';
import type { CellContext } from './cell-values';
import { cellWrite } from './cell-values';
import { indentMove, insertAbove, type OutlineMove, outdentMove, siblingMove } from './outline-moves';
import { diffResources, parseResources } from './resource-notation';
import type { SheetColumnKey } from './sheet-columns';

/** How a sheet command ended: `taskId` is the task the active cell should follow (a new one). */
export type CommandResult =
  | { readonly ok: true; readonly taskId?: string }
  | { readonly ok: false; readonly error: string };

export type OutlineCommand = 'indent' | 'outdent' | 'up' | 'down';

const DONE: CommandResult = { ok: true };

/** A failed write: a 409 is the conflict dialog's to show (the edit is kept there), anything else the cell's. */
function failure(error: unknown): CommandResult {
  const conflict = conflictFromError(error);
  if (conflict && !conflict.deleted) return DONE;
  return { ok: false, error: describeError(error) };
}

function latest(queryClient: ReturnType<typeof useQueryClient>, projectId: string, task: Task): Task {
  return cachedTasks(queryClient, projectId).find((t) => t.id === task.id) ?? task;
}

/** The sheet's writes: each goes through the API hooks (cache, undo history, conflicts). */
export function useSheetCommands(workspaceId: string, projectId: string) {
  const queryClient = useQueryClient();
  // `mutateAsync` is stable across renders (the mutation objects are not): the commands are too
  const createTask = useCreateTask(projectId, workspaceId).mutateAsync;
  const updateTask = useUpdateTask(projectId).mutateAsync;
  const deleteTask = useDeleteTask(projectId, workspaceId).mutateAsync;
  const createLink = useCreateLink(projectId).mutateAsync;
  const updateLink = useUpdateLink(projectId).mutateAsync;
  const deleteLink = useDeleteLink(projectId).mutateAsync;
  // Structural commands run one after another, each on the outline the previous one left
  // (a quick Alt+Shift+Up, Up must not compute its second move from the first one's old list).
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  return useMemo(() => {
    function serial(work: () => Promise<CommandResult>): Promise<CommandResult> {
      const next = queue.current.then(work, work);
      queue.current = next;
      return next;
    }
    const outlineNow = () => cachedTasks(queryClient, projectId);

    async function update(
      task: Task,
      body: Parameters<typeof updateTask>[0]['body'],
    ): Promise<CommandResult> {
      try {
        await updateTask({ taskId: task.id, body });
        return DONE;
      } catch (error) {
        return failure(error);
      }
    }

    async function writeResources(
      task: Task,
      text: string,
      resources: readonly Resource[],
      assignments: readonly Assignment[],
    ) {
      const parsed = parseResources(text, resources);
      if (!parsed.ok) return { ok: false, error: parsed.error } as const;
      const changes = diffResources(
        assignments.filter((a) => a.taskId === task.id),
        parsed.entries,
      );
      try {
        for (const entry of changes.create) {
          const result = await api.createAssignment({
            params: { projectId },
            body: { taskId: task.id, ...entry },
          });
          applyRescheduled(queryClient, projectId, result.rescheduled, result.reanalysed);
        }
        for (const { assignment, units } of changes.update) {
          const result = await api.updateAssignment({
            params: { assignmentId: assignment.id },
            body: { version: assignment.version, units },
          });
          applyRescheduled(queryClient, projectId, result.rescheduled, result.reanalysed);
        }
        for (const assignment of changes.remove) {
          const result = await api.deleteAssignment({
            params: { assignmentId: assignment.id },
            query: { version: assignment.version },
          });
          applyRescheduled(queryClient, projectId, result.rescheduled, result.reanalysed);
        }
        return DONE;
      } catch (error) {
        return { ok: false, error: describeError(error) } as const;
      } finally {
        void queryClient.invalidateQueries({ queryKey: assignmentKeys.list(projectId) });
        void refreshProject(queryClient, projectId);
      }
    }

    return {
      /** Commits the text typed into a cell (`task` null: the blank row, where a name adds a task). */
      async commit(
        task: Task | null,
        column: SheetColumnKey,
        text: string,
        context: CellContext & {
          readonly resources: readonly Resource[];
          readonly assignments: readonly Assignment[];
        },
        /** The version of the task when its editor opened: a change by someone else since is a conflict. */
        version?: number,
      ): Promise<CommandResult> {
        const write = cellWrite(column, task, text, context);
        switch (write.kind) {
          case 'none':
            return DONE;
          case 'error':
            return { ok: false, error: write.message };
          case 'create':
            try {
              const result = await createTask({
                name: write.name,
                duration: context.calendar.minutesPerDay,
                durationUnit: 'd',
              });
              return { ok: true, taskId: result.task.id };
            } catch (error) {
              return failure(error);
            }
          case 'update': {
            if (!task) return DONE;
            return update(task, {
              ...write.body,
              version: version ?? latest(queryClient, projectId, task).version,
            });
          }
          case 'links': {
            const { changes } = write;
            if (!task) return DONE;
            try {
              await recordAsOne(projectId, `Predecessors of ${task.name}`, async () => {
                for (const link of changes.remove)
                  await deleteLink({ linkId: link.id, version: link.version });
                for (const { link, type, lag, lagUnit } of changes.update) {
                  await updateLink({
                    linkId: link.id,
                    body: { version: link.version, type, lag, lagUnit },
                  });
                }
                for (const entry of changes.create) await createLink({ ...entry, successorId: task.id });
              });
              return DONE;
            } catch (error) {
              return failure(error);
            }
          }
          case 'resources':
            if (!task) return DONE;
            return writeResources(task, write.text, context.resources, context.assignments);
        }
      },

      /**
       * Insert: a new one-day task above `task`, at its level. `onCreated` hears of it as soon as
       * it is in the cache; the command ends once the outline is fetched again (the next
       * structural command reads positions).
       */
      insert(
        task: Task | null,
        calendar: ProjectCalendar,
        onCreated: (taskId: string) => void,
      ): Promise<CommandResult> {
        return serial(async () => {
          const place = task ? insertAbove(outlineNow(), task.id) : null;
          try {
            const result = await createTask({
              name: 'New task',
              duration: calendar.minutesPerDay,
              durationUnit: 'd',
              ...(place ? { parentId: place.parentId, afterTaskId: place.afterTaskId } : {}),
            });
            onCreated(result.task.id);
            await refreshOutline(queryClient, projectId);
            return { ok: true, taskId: result.task.id };
          } catch (error) {
            return failure(error);
          }
        });
      },

      /** Delete: gone at once; Ctrl+Z brings it back with its subtasks and links. */
      remove(task: Task): Promise<CommandResult> {
        return serial(async () => {
          try {
            await deleteTask({
              taskId: task.id,
              version: latest(queryClient, projectId, task).version,
            });
            notifications.show({
              id: `deleted-${task.id}`,
              title: `Deleted ${task.name}${task.summary ? ' and its subtasks' : ''}`,
              message: 'Press Ctrl+Z to bring it back.',
              autoClose: 6000,
            });
            return DONE;
          } catch (error) {
            return failure(error);
          }
        });
      },

      /** Indent, outdent, move up or down (a PATCH of parent and position). */
      outline(task: Task, command: OutlineCommand): Promise<CommandResult> {
        return serial(async () => {
          const list = outlineNow();
          let move: OutlineMove;
          if (command === 'indent') move = indentMove(list, task.id);
          else if (command === 'outdent') move = outdentMove(list, task.id);
          else move = siblingMove(list, task.id, command === 'up' ? -1 : 1);
          if (!move.ok) return { ok: false, error: move.error };
          return update(task, {
            version: latest(queryClient, projectId, task).version,
            parentId: move.parentId,
            afterTaskId: move.afterTaskId,
          });
        });
      },

      undo(): Promise<CommandResult> {
        return serial(async () => {
          const run = await undoLatest(queryClient, projectId);
          if (run.status !== 'failed') return DONE;
          const partly = run.partial ? ' (partly undone)' : '';
          return { ok: false, error: `Could not undo “${run.label}”: ${describeError(run.error)}${partly}` };
        });
      },

      redo(): Promise<CommandResult> {
        return serial(async () => {
          const run = await redoLatest(queryClient, projectId);
          if (run.status !== 'failed') return DONE;
          const partly = run.partial ? ' (partly redone)' : '';
          return { ok: false, error: `Could not redo “${run.label}”: ${describeError(run.error)}${partly}` };
        });
      },
    };
  }, [queryClient, projectId, createTask, updateTask, deleteTask, createLink, updateLink, deleteLink]);
}
