import type { Workload } from '@tandem/api';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { describeCell, formatHours, formatPeriodLabel, loadRatio } from './workload-cells';
import classes from './workload-grid.module.css';

const NAME_WIDTH = 200;
const HEADER_HEIGHT = 36;
const ROW_HEIGHT = 40;
const DAY_WIDTH = 84;
const WEEK_WIDTH = 104;

interface WorkloadGridProps {
  readonly workload: Workload;
  /** Overallocated cells per resource, shown beside the name. */
  readonly overallocatedByResource: ReadonlyMap<string, number>;
}

/**
 * Work vs capacity per resource (rows) per period (columns), virtualised in both directions so a
 * hundred resources over two years of days stay fluid. Each cell shows the hours of work and a
 * load bar; an overallocated cell is tinted red, shows "!" and says "overallocated" to screen readers.
 */
export function WorkloadGrid({ workload, overallocatedByResource }: WorkloadGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const columnWidth = workload.period === 'day' ? DAY_WIDTH : WEEK_WIDTH;
  const rows = useVirtualizer({
    count: workload.resources.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => workload.resources[index].resourceId,
  });
  const columns = useVirtualizer({
    horizontal: true,
    count: workload.periods.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => columnWidth,
    overscan: 6,
    getItemKey: (index) => `${workload.period}:${workload.periods[index]}`,
  });
  const width = NAME_WIDTH + columns.getTotalSize();
  const visibleColumns = columns.getVirtualItems();

  return (
    // Chromium and Firefox make a scrollable box keyboard-focusable, so arrow keys and Page Down work.
    <div ref={scrollRef} className={classes.scroller}>
      <table
        className={classes.table}
        style={{ width }}
        aria-label={`Workload per resource per ${workload.period}`}
        aria-rowcount={workload.resources.length + 1}
        aria-colcount={workload.periods.length + 1}
      >
        <thead className={classes.header} style={{ width, height: HEADER_HEIGHT }}>
          <tr aria-rowindex={1} className={classes.line} style={{ width, height: HEADER_HEIGHT }}>
            <th
              scope="col"
              className={classes.corner}
              style={{ width: NAME_WIDTH, height: HEADER_HEIGHT }}
              aria-colindex={1}
            >
              Resource
            </th>
            {visibleColumns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={classes.columnHeader}
                style={{ left: NAME_WIDTH + column.start, width: column.size, height: HEADER_HEIGHT }}
                aria-colindex={column.index + 2}
              >
                {formatPeriodLabel(workload.periods[column.index], workload.period)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={classes.body} style={{ width, height: rows.getTotalSize() }}>
          {rows.getVirtualItems().map((row) => {
            const resource = workload.resources[row.index];
            const over = overallocatedByResource.get(resource.resourceId) ?? 0;
            return (
              <tr
                key={row.key}
                aria-rowindex={row.index + 2}
                data-resource-id={resource.resourceId}
                className={classes.row}
                style={{ width, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
              >
                <th
                  scope="row"
                  className={classes.rowHeader}
                  style={{ width: NAME_WIDTH, height: ROW_HEIGHT }}
                  aria-colindex={1}
                  title={resource.name}
                >
                  <span className={classes.resourceName}>{resource.name}</span>
                  {over > 0 && (
                    <span className={classes.overCount}>
                      {over} {workload.period === 'day' ? 'day' : 'week'}
                      {over === 1 ? '' : 's'} overallocated
                    </span>
                  )}
                </th>
                {visibleColumns.map((column) => {
                  const cell = resource.cells[column.index];
                  if (!cell) return null;
                  const ratio = loadRatio(cell);
                  const text = describeCell(
                    resource.name,
                    workload.periods[column.index],
                    cell,
                    workload.period,
                  );
                  const cellClass = [
                    classes.cell,
                    cell.overallocated ? classes.over : '',
                    cell.work === 0 ? classes.idle : '',
                  ]
                    .filter(Boolean)
                    .join(' ');
                  return (
                    <td
                      key={column.key}
                      className={cellClass}
                      style={{ left: NAME_WIDTH + column.start, width: column.size, height: ROW_HEIGHT }}
                      aria-colindex={column.index + 2}
                      aria-label={text}
                      title={text}
                      data-overallocated={cell.overallocated ? 'true' : 'false'}
                    >
                      <span aria-hidden="true">
                        {cell.overallocated ? '! ' : ''}
                        {cell.work === 0 ? '·' : formatHours(cell.work)}
                      </span>
                      <span className={classes.bar} aria-hidden="true">
                        <span className={classes.fill} style={{ width: `${Math.min(1, ratio) * 100}%` }} />
                      </span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
