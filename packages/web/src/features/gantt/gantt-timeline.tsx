import { memo, useMemo, useRef } from 'react';
import type { Link } from '../links/link.types';
import { type RowWindow, useWindow, type WindowStore } from '../task-sheet/window-store';
import type { ByIdLookup } from '../tasks/lazy-index';
import type { DurationCalendar } from './drag-edits';
import classes from './gantt.module.css';
import type { BaselineDates, GanttTask } from './gantt.types';
import { GanttRows } from './gantt-rows';
import { GanttScaleHeader } from './gantt-scale-header';
import { type TimeScale, visibleTicks, type ZoomLevel } from './time-scale';
import type { TimelineWindow } from './timeline-window';
import { type GanttPointerHandlers, useGanttPointer } from './use-gantt-pointer';

export interface GanttTimelineProps extends GanttPointerHandlers {
  readonly rows: readonly GanttTask[];
  /** Index in `rows` of every visible task. */
  readonly rowIndexById: ReadonlyMap<string, number>;
  readonly taskById: ByIdLookup<GanttTask>;
  readonly links: readonly Link[];
  readonly baselines: ReadonlyMap<string, BaselineDates> | null;
  /** The rows to draw, from the scroller (see `useScrollWindows`). */
  readonly rowWindow: WindowStore<RowWindow>;
  /** The drawn pixels of the timeline, from the scroller: only these are drawn. */
  readonly xWindow: WindowStore<TimelineWindow>;
  readonly rowHeight: number;
  readonly headerHeight: number;
  readonly totalHeight: number;
  readonly scale: TimeScale;
  readonly width: number;
  readonly zoom: ZoomLevel;
  readonly calendar: DurationCalendar;
  readonly todayX: number | null;
  readonly statusX: number | null;
  readonly selectedTaskId: string | null;
  readonly describe: (task: GanttTask) => string;
}

/**
 * The right pane of the Gantt: time scale, bars of the rendered rows and window, link arrows.
 * A horizontal scroll across a chunk re-renders it; a vertical scroll only its rows layer.
 */
export const GanttTimeline = memo(function GanttTimeline(props: GanttTimelineProps) {
  const { rowHeight, scale, calendar, totalHeight, width, zoom } = props;
  const { fromX, toX } = useWindow(props.xWindow);
  const bodyRef = useRef<HTMLElement>(null);
  const dragLineRef = useRef<SVGLineElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  useGanttPointer(bodyRef, dragLineRef, tooltipRef, {
    taskById: props.taskById,
    zoom,
    calendar,
    describe: props.describe,
    onSelect: props.onSelect,
    onOpenDetails: props.onOpenDetails,
    onMove: props.onMove,
    onResize: props.onResize,
    onLink: props.onLink,
  });

  const gridLines = useMemo(
    () => visibleTicks(scale, zoom.minor, 'minor', fromX, toX),
    [scale, zoom, fromX, toX],
  );
  const selectedIndex = props.selectedTaskId ? props.rowIndexById.get(props.selectedTaskId) : undefined;

  return (
    <div className={classes.timeline} style={{ width }} data-testid="gantt-timeline">
      <GanttScaleHeader
        scale={scale}
        zoom={zoom}
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
        <GanttRows
          window={props.rowWindow}
          rows={props.rows}
          rowIndexById={props.rowIndexById}
          links={props.links}
          baselines={props.baselines}
          rowHeight={rowHeight}
          scale={scale}
          calendar={calendar}
          fromX={fromX}
          toX={toX}
          selectedTaskId={props.selectedTaskId}
          describe={props.describe}
          dragLineRef={dragLineRef}
        />
        <div ref={tooltipRef} className={classes.tooltip} role="tooltip" style={{ left: 0, top: 0 }} />
      </section>
    </div>
  );
});
