import { useDraggable } from '@dnd-kit/core';
import { ActionIcon, Badge, Group, Menu, Paper, Text } from '@mantine/core';
import { IconDots, IconFlame } from '@tabler/icons-react';
import type { Task } from '@tandem/api';
import { memo } from 'react';
import { formatTaskDate } from '../../lib/format';
import classes from './board.module.css';
import { BOARD_COLUMNS, type BoardStatus, statusOf } from './board-status';

interface BoardCardProps {
  readonly task: Task;
  /** Microsoft Project's row number. */
  readonly rowNumber: number;
  readonly onMove: (task: Task, status: BoardStatus) => void;
  /** True for the copy shown under the pointer while dragging. */
  readonly overlay?: boolean;
}

/** A task on the board: drag it to another column, or use its menu (keyboard). */
export const BoardCard = memo(function BoardCard({
  task,
  rowNumber,
  onMove,
  overlay = false,
}: BoardCardProps) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: task.id,
    data: { task },
    disabled: overlay,
  });
  const status = statusOf(task.percentComplete);
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="md"
      p="xs"
      className={classes.card}
      data-dragging={isDragging || undefined}
      data-task-id={task.id}
      aria-label={`${task.name}, ${Math.round(task.percentComplete)}% complete`}
      {...(overlay ? {} : attributes)}
      {...(overlay ? {} : listeners)}
    >
      <Group justify="space-between" wrap="nowrap" gap={4}>
        <Text size="sm" fw={500} truncate="end" title={task.name}>
          <Text span c="dimmed" size="xs" mr={6}>
            {rowNumber}
          </Text>
          {task.name}
        </Text>
        {!overlay && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-label={`Move ${task.name}`}
                onPointerDown={(event) => event.stopPropagation()}
                onKeyDown={(event) => event.stopPropagation()}
              >
                <IconDots size={14} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Move to</Menu.Label>
              {BOARD_COLUMNS.filter((column) => column.status !== status).map((column) => (
                <Menu.Item key={column.status} onClick={() => onMove(task, column.status)}>
                  {column.title}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      <Group gap={6} mt={4} wrap="nowrap">
        <Text size="xs" c="dimmed" className="tabular">
          {formatTaskDate(task.start)} – {formatTaskDate(task.finish)}
        </Text>
        {task.critical && (
          <Badge size="xs" color="red" variant="light" leftSection={<IconFlame size={10} />}>
            Critical
          </Badge>
        )}
        {status === 'in-progress' && (
          <Badge size="xs" variant="light">
            {Math.round(task.percentComplete)}%
          </Badge>
        )}
      </Group>
    </Paper>
  );
});
