import type { BaselineComparisonItem } from '@tandem/api';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { type DurationScale, formatDuration, formatTaskDate } from '../../lib/format';
import classes from './baseline-table.module.css';
import { formatVarianceMinutes } from './baseline-variance';

/** Row height, px: fixed, so the virtualiser never measures. */
const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 40;

const COLUMNS = [
  { label: 'WBS' },
  { label: 'Task' },
  { label: 'Baseline start' },
  { label: 'Start' },
  { label: 'Start var.', right: true },
  { label: 'Baseline finish' },
  { label: 'Finish' },
  { label: 'Finish var.', right: true },
  { label: 'Baseline dur.', right: true },
  { label: 'Duration', right: true },
  { label: 'Dur. var.', right: true },
  { label: 'Status' },
] as const;

interface BaselineTableProps {
  readonly items: readonly BaselineComparisonItem[];
  readonly baselineName: string;
  readonly scale: DurationScale;
}

function varianceClass(minutes: number | undefined): string {
  if (minutes === undefined || minutes === 0) return '';
  return minutes > 0 ? classes.late : classes.early;
}

function statusOf(item: BaselineComparisonItem): string {
  if (item.slipped) return 'Slipped';
  if (!item.baseline) return 'No baseline';
  return (item.variance?.finish ?? 0) < 0 ? 'Ahead' : 'On plan';
}

/**
 * Microsoft Project's Variance table: each task's baseline and current dates and durations with
 * variances in working days. Slipped tasks are tinted red and say "Slipped" in their status cell,
 * so the highlight does not rely on colour. Virtualised, so 10,000 tasks scroll smoothly.
 */
export function BaselineTable({ items, baselineName, scale }: BaselineTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => items[index].taskId,
  });
  const perDay = scale.minutesPerDay;

  return (
    // A scrollable box is keyboard-focusable in Chromium and Firefox, so arrows and Page Down work.
    <div ref={scrollRef} className={classes.scroller}>
      <table
        className={classes.table}
        aria-label={`Tasks compared with ${baselineName}`}
        aria-rowcount={items.length + 1}
      >
        <thead className={classes.header}>
          <tr aria-rowindex={1} className={classes.grid} style={{ height: HEADER_HEIGHT }}>
            {COLUMNS.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={`${classes.cell} ${'right' in column ? classes.right : ''}`}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const item = items[row.index];
            const { baseline, current, variance } = item;
            const rowClass = [
              classes.row,
              classes.grid,
              item.slipped ? classes.slipped : '',
              item.summary ? classes.summary : '',
            ]
              .filter(Boolean)
              .join(' ');
            return (
              <tr
                key={row.key}
                aria-rowindex={row.index + 2}
                className={rowClass}
                style={{ height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
                data-task-id={item.taskId}
                data-slipped={item.slipped ? 'true' : 'false'}
              >
                <td className={`${classes.cell} ${classes.dimmed}`}>{item.wbs}</td>
                <th scope="row" className={classes.cell} title={item.name}>
                  {item.name}
                </th>
                <td className={classes.cell} data-column="baseline-start">
                  {baseline ? formatTaskDate(baseline.start) : '—'}
                </td>
                <td className={classes.cell} data-column="start">
                  {formatTaskDate(current.start)}
                </td>
                <td
                  className={`${classes.cell} ${classes.right} ${varianceClass(variance?.start)}`}
                  data-column="start-variance"
                >
                  {formatVarianceMinutes(variance?.start, perDay)}
                </td>
                <td className={classes.cell} data-column="baseline-finish">
                  {baseline ? formatTaskDate(baseline.finish) : '—'}
                </td>
                <td className={classes.cell} data-column="finish">
                  {formatTaskDate(current.finish)}
                </td>
                <td
                  className={`${classes.cell} ${classes.right} ${varianceClass(variance?.finish)}`}
                  data-column="finish-variance"
                >
                  {formatVarianceMinutes(variance?.finish, perDay)}
                </td>
                <td className={`${classes.cell} ${classes.right}`}>
                  {baseline ? formatDuration(baseline.duration, 'd', scale) : '—'}
                </td>
                <td className={`${classes.cell} ${classes.right}`}>
                  {formatDuration(current.duration, 'd', scale)}
                </td>
                <td
                  className={`${classes.cell} ${classes.right} ${varianceClass(variance?.duration)}`}
                  data-column="duration-variance"
                >
                  {formatVarianceMinutes(variance?.duration, perDay)}
                </td>
                <td
                  className={`${classes.cell} ${item.slipped ? classes.late : classes.dimmed}`}
                  data-column="status"
                >
                  {statusOf(item)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
