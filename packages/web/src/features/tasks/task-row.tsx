import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { Task } from '@tandem/api';
import { memo } from 'react';
import { MilestoneMarker } from '../../components/milestone-marker';
import { type DurationScale, formatDuration, formatTaskDate } from '../../lib/format';
import classes from './task-table.module.css';

/** Indentation per outline level, px. */
const INDENT = 18;

interface TaskRowProps {
  readonly task: Task;
  /** 1-based row number for assistive tech (the header row is 1). */
  readonly rowIndex: number;
  /** Offset from the top of the table body, px. */
  readonly top: number;
  readonly collapsed: boolean;
  readonly onToggle: (taskId: string) => void;
  readonly scale: DurationScale;
}

/**
 * One task of the table. Plain elements and memoised: while scrolling, rows that stay in view do
 * not re-render and new rows are cheap, so long plans scroll smoothly.
 */
export const TaskRow = memo(function TaskRow({
  task,
  rowIndex,
  top,
  collapsed,
  onToggle,
  scale,
}: TaskRowProps) {
  const className = [classes.row, classes.grid, task.summary ? classes.summary : ''].join(' ');
  const percent = Math.round(task.percentComplete);
  return (
    <tr
      aria-rowindex={rowIndex}
      className={className}
      style={{ transform: `translateY(${top}px)` }}
      data-task-id={task.id}
    >
      <td className={`${classes.cell} ${classes.wbs}`}>{task.wbs}</td>
      <td className={classes.cell}>
        <div className={classes.name} style={{ paddingLeft: (task.outlineLevel - 1) * INDENT }}>
          {task.summary ? (
            <button
              type="button"
              className={classes.toggle}
              onClick={() => onToggle(task.id)}
              aria-expanded={!collapsed}
              aria-label={`${collapsed ? 'Expand' : 'Collapse'} ${task.name}`}
            >
              {collapsed ? <IconChevronRight size={14} /> : <IconChevronDown size={14} />}
            </button>
          ) : (
            <span className={classes.spacer} />
          )}
          {task.milestone && <MilestoneMarker label="Milestone" />}
          <span className={classes.nameText} title={task.name}>
            {task.name}
          </span>
        </div>
      </td>
      <td className={`${classes.cell} ${classes.right}`}>
        {formatDuration(task.duration, task.durationUnit, scale)}
      </td>
      <td className={classes.cell}>{formatTaskDate(task.start)}</td>
      <td className={classes.cell}>{formatTaskDate(task.finish)}</td>
      <td className={classes.cell}>
        <div className={classes.progress}>
          <progress
            max={100}
            value={percent}
            className={percent >= 100 ? classes.done : undefined}
            aria-label={`${task.name}: ${percent}% complete`}
          />
          <span className={classes.percent}>{percent}%</span>
        </div>
      </td>
    </tr>
  );
});
