import {
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Skeleton, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLayoutKanban } from '@tabler/icons-react';
import { DEFAULT_PROJECT_CALENDAR, type Task } from '@tandem/api';
import { useCallback, useMemo, useState } from 'react';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { describeError } from '../../lib/problem';
import { ConflictDialog } from '../conflicts/conflict-dialog';
import { conflictFromError } from '../conflicts/conflict-state';
import { useProject } from '../projects/projects.queries';
import { useTasks, useUpdateTask } from '../tasks/tasks.queries';
import classes from './board.module.css';
import { BoardCard } from './board-card';
import { BoardColumn } from './board-column';
import { BOARD_COLUMNS, type BoardStatus, groupByStatus, percentForStatus } from './board-status';

export interface BoardViewProps {
  readonly workspaceId: string;
  readonly projectId: string;
}

/**
 * Kanban of the project's tasks by status (from percent complete). Dragging a card to another
 * column, or its "Move to" menu, writes the task's percent complete through the API (optimistic,
 * undoable with Ctrl+Z in the sheet, conflicts shown like any edit).
 */
export function BoardView({ projectId }: BoardViewProps): React.JSX.Element {
  const tasks = useTasks(projectId);
  const project = useProject(projectId);
  const updateTask = useUpdateTask(projectId);
  const [dragged, setDragged] = useState<Task | null>(null);
  const sensors = useSensors(
    // a small distance lets the card's menu button be clicked without starting a drag
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );

  const groups = useMemo(() => groupByStatus(tasks.data ?? []), [tasks.data]);
  const rowOf = useMemo(
    () => new Map((tasks.data ?? []).map((task, index) => [task.id, index + 1])),
    [tasks.data],
  );

  const move = useCallback(
    (task: Task, status: BoardStatus) => {
      const percentComplete = percentForStatus(status, task.percentComplete);
      if (percentComplete === null) return;
      updateTask.mutate(
        { taskId: task.id, body: { version: task.version, percentComplete } },
        {
          onError: (error) => {
            // a 409 opens the conflict dialog instead
            if (conflictFromError(error)) return;
            notifications.show({
              color: 'red',
              title: `${task.name} not moved`,
              message: describeError(error),
            });
          },
        },
      );
    },
    [updateTask.mutate],
  );

  const onDragStart = useCallback((event: DragStartEvent) => {
    setDragged((event.active.data.current?.task as Task | undefined) ?? null);
  }, []);
  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      setDragged(null);
      const task = event.active.data.current?.task as Task | undefined;
      const status = event.over?.id as BoardStatus | undefined;
      if (task && status) move(task, status);
    },
    [move],
  );

  if (tasks.isError) {
    return (
      <ErrorState title="Tasks could not be loaded" error={tasks.error} onRetry={() => tasks.refetch()} />
    );
  }
  if (tasks.isPending) {
    return (
      <Stack gap={6} aria-label="Loading the board">
        {[0, 1, 2].map((row) => (
          <Skeleton key={row} height={68} radius="md" />
        ))}
      </Stack>
    );
  }
  if (tasks.data.every((task) => task.summary)) {
    return (
      <EmptyState
        icon={<IconLayoutKanban size={22} />}
        title="No tasks on the board yet"
        description="Add tasks in the Gantt's task sheet; they appear here by status, from not started to complete."
      />
    );
  }

  return (
    <>
      <DndContext
        sensors={sensors}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragged(null)}
      >
        <section className={classes.board} aria-label="Board by status">
          {BOARD_COLUMNS.map((column) => (
            <BoardColumn
              key={column.status}
              column={column}
              tasks={groups[column.status]}
              rowOf={rowOf}
              onMove={move}
            />
          ))}
        </section>
        <DragOverlay>
          {dragged && (
            <BoardCard task={dragged} rowNumber={rowOf.get(dragged.id) ?? 0} onMove={move} overlay />
          )}
        </DragOverlay>
      </DndContext>
      <ConflictDialog projectId={projectId} calendar={project.data?.calendar ?? DEFAULT_PROJECT_CALENDAR} />
    </>
  );
}
