import type { Task } from '@tandem/api';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { DurationScale } from '../../lib/format';
import { TaskRow } from './task-row';
import classes from './task-table.module.css';
import { visibleTasks } from './visible-tasks';

/** Row height, px: fixed, so the virtualiser never measures. */
const ROW_HEIGHT = 36;

interface TaskTableProps {
  readonly tasks: readonly Task[];
  readonly projectName: string;
  readonly scale: DurationScale;
}

const COLUMNS = ['WBS', 'Task name', 'Duration', 'Start', 'Finish', '% complete'] as const;

/**
 * The project's tasks as an outline: virtualised (only the rows on screen are in the DOM, so
 * 10,000 tasks scroll as smoothly as 80), with a sticky header and collapsible summaries.
 */
export function TaskTable({ tasks, projectName, scale }: TaskTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const rows = useMemo(() => visibleTasks(tasks, collapsed), [tasks, collapsed]);

  const toggle = useCallback((taskId: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(taskId)) next.delete(taskId);
      else next.add(taskId);
      return next;
    });
  }, []);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => rows[index].id,
  });

  return (
    // Chromium and Firefox make a scrollable box keyboard-focusable, so arrow keys and Page Down work.
    <div ref={scrollRef} className={classes.scroller}>
      <table className={classes.table} aria-label={`Tasks of ${projectName}`} aria-rowcount={rows.length + 1}>
        <thead className={classes.header}>
          <tr aria-rowindex={1} className={classes.grid} style={{ height: ROW_HEIGHT }}>
            {COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                className={`${classes.cell} ${column === 'Duration' ? classes.right : ''}`}
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const task = rows[item.index];
            return (
              <TaskRow
                key={item.key}
                task={task}
                rowIndex={item.index + 2}
                collapsed={collapsed.has(task.id)}
                onToggle={toggle}
                scale={scale}
                top={item.start}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
