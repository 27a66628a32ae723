import { memo, useMemo, useRef } from 'react';
import type { Link } from '../links/link.types';
import { type BarGeometry, barGeometry, barIsVisible, MILESTONE_SIZE } from './bar-geometry';
import type { DurationCalendar } from './drag-edits';
import classes from './gantt.module.css';
import type { BaselineDates, GanttTask } from './gantt.types';
import { GanttBar } from './gantt-bar';
import { GanttLinks, type LinkPath } from './gantt-links';
import { GanttScaleHeader } from './gantt-scale-header';
import { type BarBox, linkCrossesRows, pathData, routeLink } from './link-routing';
import { dateToX, parseFloatingMinutes, type TimeScale, visibleTicks, type ZoomLevel } from './time-scale';
import { type GanttPointerHandlers, useGanttPointer } from './use-gantt-pointer';

export interface GanttTimelineProps extends GanttPointerHandlers {
  readonly rows: readonly GanttTask[];
  /** Index in `rows` of every visible task. */
  readonly rowIndexById: ReadonlyMap<string, number>;
  readonly taskById: ReadonlyMap<string, GanttTask>;
  readonly links: readonly Link[];
  readonly baselines: ReadonlyMap<string, BaselineDates> | null;
  /** The rendered row range (inclusive), from the row virtualiser. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly rowHeight: number;
  readonly headerHeight: number;
  readonly totalHeight: number;
  readonly scale: TimeScale;
  readonly width: number;
  readonly zoom: ZoomLevel;
  readonly calendar: DurationCalendar;
  /** Visible pixels of the timeline (with overscan): only these are drawn. */
  readonly fromX: number;
  readonly toX: number;
  readonly todayX: number | null;
  readonly statusX: number | null;
  readonly selectedTaskId: string | null;
  readonly describe: (task: GanttTask) => string;
}

/** Room kept for a bar's name right of it when deciding whether it is visible, px. */
const LABEL_ROOM = 240;

/** The right pane of the Gantt: time scale, bars of the visible rows and window, link arrows. */
export const GanttTimeline = memo(function GanttTimeline(props: GanttTimelineProps) {
  const { rows, firstRow, lastRow, rowHeight, scale, calendar, fromX, toX, totalHeight, width } = props;
  const bodyRef = useRef<HTMLElement>(null);
  const dragLineRef = useRef<SVGLineElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  useGanttPointer(bodyRef, dragLineRef, tooltipRef, {
    taskById: props.taskById,
    zoom: props.zoom,
    calendar,
    describe: props.describe,
    onSelect: props.onSelect,
    onOpenDetails: props.onOpenDetails,
    onMove: props.onMove,
    onResize: props.onResize,
    onLink: props.onLink,
  });

  // Geometry of the rendered rows only.
  const geometry = useMemo(() => {
    const bars = new Map<string, BarGeometry>();
    for (let index = Math.max(0, firstRow); index <= lastRow && index < rows.length; index++) {
      bars.set(rows[index].id, barGeometry(rows[index], scale, calendar));
    }
    return bars;
  }, [rows, firstRow, lastRow, scale, calendar]);

  // Row span of every drawable link, computed once per data change; each range then only scans
  // two typed arrays.
  const linkRows = useMemo(() => {
    const drawable = props.links.filter(
      (link) => props.rowIndexById.has(link.predecessorId) && props.rowIndexById.has(link.successorId),
    );
    const low = new Int32Array(drawable.length);
    const high = new Int32Array(drawable.length);
    drawable.forEach((link, i) => {
      const a = props.rowIndexById.get(link.predecessorId) ?? 0;
      const b = props.rowIndexById.get(link.successorId) ?? 0;
      low[i] = Math.min(a, b);
      high[i] = Math.max(a, b);
    });
    return { drawable, low, high };
  }, [props.links, props.rowIndexById]);

  const linkPaths = useMemo(() => {
    const paths: LinkPath[] = [];
    const boxOf = (task: GanttTask, index: number): BarBox => {
      const bar = geometry.get(task.id) ?? barGeometry(task, scale, calendar);
      const half = bar.kind === 'milestone' ? MILESTONE_SIZE / 2 : 0;
      return {
        left: bar.left - half,
        right: bar.left + bar.width + half,
        y: index * rowHeight + rowHeight / 2,
      };
    };
    const { drawable, low, high } = linkRows;
    for (let i = 0; i < drawable.length; i++) {
      if (!linkCrossesRows(low[i], high[i], firstRow, lastRow)) continue;
      const link = drawable[i];
      const a = props.rowIndexById.get(link.predecessorId) ?? 0;
      const b = props.rowIndexById.get(link.successorId) ?? 0;
      const from = boxOf(rows[a], a);
      const to = boxOf(rows[b], b);
      if (Math.max(from.right, to.right) + 16 < fromX || Math.min(from.left, to.left) - 16 > toX) continue;
      paths.push({
        id: link.id,
        d: pathData(routeLink(link.type, from, to, rowHeight)),
        critical: Boolean(rows[a].critical && rows[b].critical),
        label: `${rows[a].wbs}${link.type}${rows[b].wbs}`,
      });
    }
    return paths;
  }, [
    linkRows,
    props.rowIndexById,
    rows,
    geometry,
    firstRow,
    lastRow,
    fromX,
    toX,
    rowHeight,
    scale,
    calendar,
  ]);

  const gridLines = visibleTicks(scale, props.zoom.minor, 'minor', fromX, toX);
  const bars: React.JSX.Element[] = [];
  for (let index = Math.max(0, firstRow); index <= lastRow && index < rows.length; index++) {
    const task = rows[index];
    const bar = geometry.get(task.id);
    if (!bar || !barIsVisible(bar, fromX, toX, LABEL_ROOM)) continue;
    const baseline = props.baselines?.get(task.id);
    const baselineLeft = baseline ? dateToX(scale, parseFloatingMinutes(baseline.start)) : null;
    const baselineWidth =
      baseline && baselineLeft !== null
        ? dateToX(scale, parseFloatingMinutes(baseline.finish)) - baselineLeft
        : 0;
    bars.push(
      <GanttBar
        key={task.id}
        taskId={task.id}
        name={task.name}
        kind={bar.kind}
        top={index * rowHeight}
        left={bar.left}
        width={bar.width}
        progressWidth={bar.progressWidth}
        slackWidth={bar.slackWidth}
        deadlineX={bar.deadlineX}
        deadlineMissed={bar.deadlineX !== null && dateToX(scale, bar.finish) > bar.deadlineX}
        baselineLeft={baselineLeft}
        baselineWidth={baselineWidth}
        critical={Boolean(task.critical)}
        selected={task.id === props.selectedTaskId}
        description={props.describe(task)}
      />,
    );
  }
  const selectedIndex = props.selectedTaskId ? props.rowIndexById.get(props.selectedTaskId) : undefined;
  const windowTop = Math.max(0, firstRow) * rowHeight;
  const windowHeight = Math.max(0, lastRow - Math.max(0, firstRow) + 1) * rowHeight;

  return (
    <div className={classes.timeline} style={{ width }} data-testid="gantt-timeline">
      <GanttScaleHeader
        scale={scale}
        zoom={props.zoom}
        width={width}
        height={props.headerHeight}
        fromX={fromX}
        toX={toX}
      />
      <section
        ref={bodyRef}
        className={classes.body}
        style={{ width, height: totalHeight }}
        aria-label="Timeline"
        data-testid="gantt-body"
      >
        {gridLines.map((tick) => (
          <div key={tick.start} className={classes.gridLine} style={{ left: tick.x }} />
        ))}
        {selectedIndex !== undefined && (
          <div
            className={classes.selectedRow}
            style={{ top: selectedIndex * rowHeight, height: rowHeight }}
          />
        )}
        {props.todayX !== null && (
          <div
            className={classes.todayLine}
            style={{ left: props.todayX }}
            title="Today"
            data-testid="gantt-today"
          />
        )}
        {props.statusX !== null && (
          <div
            className={classes.statusLine}
            style={{ left: props.statusX }}
            title="Status date"
            data-testid="gantt-status-date"
          />
        )}
        <svg
          className={classes.links}
          style={{ left: fromX, top: windowTop }}
          width={Math.max(1, toX - fromX)}
          height={Math.max(1, windowHeight)}
          viewBox={`${fromX} ${windowTop} ${Math.max(1, toX - fromX)} ${Math.max(1, windowHeight)}`}
          aria-hidden
        >
          <GanttLinks paths={linkPaths} />
          <line ref={dragLineRef} className={classes.dragLine} style={{ display: 'none' }} />
        </svg>
        {bars}
        <div ref={tooltipRef} className={classes.tooltip} role="tooltip" style={{ left: 0, top: 0 }} />
      </section>
    </div>
  );
});
