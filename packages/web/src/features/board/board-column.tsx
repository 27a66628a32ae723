import { useDroppable } from '@dnd-kit/core';
import { Badge, Group, Text } from '@mantine/core';
import type { Task } from '@tandem/api';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import classes from './board.module.css';
import { BoardCard } from './board-card';
import type { BoardColumnDefinition, BoardStatus } from './board-status';

/** Height of a card with its gap, px: fixed so the column's virtualiser never measures. */
const CARD_SLOT = 76;

interface BoardColumnProps {
  readonly column: BoardColumnDefinition;
  readonly tasks: readonly Task[];
  readonly rowOf: ReadonlyMap<string, number>;
  readonly onMove: (task: Task, status: BoardStatus) => void;
}

/** One status column: a drop target, its cards virtualised so thousands of tasks stay light. */
export function BoardColumn({ column, tasks, rowOf, onMove }: BoardColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: column.status });
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_SLOT,
    overscan: 6,
    getItemKey: (index) => tasks[index].id,
  });
  const headingId = `board-column-${column.status}`;
  return (
    <section
      ref={setNodeRef}
      className={classes.column}
      data-over={isOver || undefined}
      aria-labelledby={headingId}
      data-status={column.status}
    >
      <Group justify="space-between" className={classes.columnHeader}>
        <Text id={headingId} fw={600} size="sm">
          {column.title}
        </Text>
        <Badge variant="light" color="gray" aria-label={`${tasks.length} tasks`}>
          {tasks.length}
        </Badge>
      </Group>
      <div ref={scrollRef} className={classes.cards}>
        {tasks.length === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="md">
            Drop a task here
          </Text>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const task = tasks[item.index];
              return (
                <div
                  key={item.key}
                  className={classes.slot}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <BoardCard task={task} rowNumber={rowOf.get(task.id) ?? 0} onMove={onMove} />
                </div>
              );
            })}
          </div>
        )}
      </div>
    </section>
  );
}
