import { memo, type RefObject, useMemo, useRef } from 'react';
import type { Link } from '../links/link.types';
import { type RowWindow, rowsBySlot, useWindow, type WindowStore } from '../task-sheet/window-store';
import { type BarGeometry, barGeometry, MILESTONE_SIZE } from './bar-geometry';
import type { DurationCalendar } from './drag-edits';
import classes from './gantt.module.css';
import type { BaselineDates, GanttTask } from './gantt.types';
import { GanttBar } from './gantt-bar';
import { GanttLinks, type LinkPath } from './gantt-links';
import { createLinkPool, type PooledLink, placeLinks } from './link-pool';
import { type BarBox, linkCrossesRows, pathData, routeLink } from './link-routing';
import { dateToX, parseFloatingMinutes, type TimeScale } from './time-scale';

export interface GanttRowsProps {
  /** The rows to draw, from the scroller: only this layer re-renders on a vertical scroll. */
  readonly window: WindowStore<RowWindow>;
  readonly rows: readonly GanttTask[];
  /** Index in `rows` of every visible task. */
  readonly rowIndexById: ReadonlyMap<string, number>;
  readonly links: readonly Link[];
  readonly baselines: ReadonlyMap<string, BaselineDates> | null;
  /** px */
  readonly rowHeight: number;
  readonly scale: TimeScale;
  readonly calendar: DurationCalendar;
  /** The drawn pixels of the timeline: only bars and links there are drawn. */
  readonly fromX: number;
  readonly toX: number;
  readonly selectedTaskId: string | null;
  readonly describe: (task: GanttTask) => string;
  /** The dashed line drawn while dragging a link (moved by the pointer handler, not React). */
  readonly dragLineRef: RefObject<SVGLineElement | null>;
}

/** A task's bar as drawn: geometry, baseline, deadline state and accessible description. */
interface BarDrawing {
  readonly bar: BarGeometry;
  readonly baselineLeft: number | null;
  readonly baselineWidth: number;
  readonly deadlineMissed: boolean;
  readonly description: string;
}

function barDrawing(
  task: GanttTask,
  scale: TimeScale,
  calendar: DurationCalendar,
  baseline: BaselineDates | undefined,
  describe: (task: GanttTask) => string,
): BarDrawing {
  const bar = barGeometry(task, scale, calendar);
  const baselineLeft = baseline ? dateToX(scale, parseFloatingMinutes(baseline.start)) : null;
  const baselineWidth =
    baseline && baselineLeft !== null
      ? dateToX(scale, parseFloatingMinutes(baseline.finish)) - baselineLeft
      : 0;
  return {
    bar,
    baselineLeft,
    baselineWidth,
    deadlineMissed: bar.deadlineX !== null && dateToX(scale, bar.finish) > bar.deadlineX,
    description: describe(task),
  };
}

/** The bars of the rows in the window, and the link arrows that cross those rows. */
export const GanttRows = memo(function GanttRows(props: GanttRowsProps) {
  const { rows, rowHeight, scale, calendar, fromX, toX, rowIndexById } = props;
  const rowWindow = useWindow(props.window);
  const { first, last } = rowWindow;

  // Row span of every drawable link, computed once per data change; each window then only scans
  // two typed arrays.
  const linkRows = useMemo(() => {
    const drawable = props.links.filter(
      (link) => rowIndexById.has(link.predecessorId) && rowIndexById.has(link.successorId),
    );
    const low = new Int32Array(drawable.length);
    const high = new Int32Array(drawable.length);
    drawable.forEach((link, i) => {
      const a = rowIndexById.get(link.predecessorId) ?? 0;
      const b = rowIndexById.get(link.successorId) ?? 0;
      low[i] = Math.min(a, b);
      high[i] = Math.max(a, b);
    });
    return { drawable, low, high };
  }, [props.links, rowIndexById]);

  // What a task's bar draws, by task object (a new object after an edit), kept across windows
  // while the scale stays: a scroll computes the bars of the rows it brings in, not every bar.
  const { describe, baselines } = props;
  const drawingOf = useMemo(() => {
    const cache = new WeakMap<GanttTask, BarDrawing>();
    return (task: GanttTask): BarDrawing => {
      let drawing = cache.get(task);
      if (!drawing) {
        drawing = barDrawing(task, scale, calendar, baselines?.get(task.id), describe);
        cache.set(task, drawing);
      }
      return drawing;
    };
  }, [scale, calendar, baselines, describe]);

  const boxOf = (task: GanttTask, index: number): BarBox => {
    const { bar } = drawingOf(task);
    const half = bar.kind === 'milestone' ? MILESTONE_SIZE / 2 : 0;
    return {
      left: bar.left - half,
      right: bar.left + bar.width + half,
      y: index * rowHeight + rowHeight / 2,
    };
  };
  const { drawable, low, high } = linkRows;
  // Arrows are drawn by a pool of elements that only grows (see link-pool.ts): an arrow keeps its
  // element, and its path, while it stays drawn; a scroll gives the freed elements to new arrows.
  const pool = useRef(createLinkPool());
  // An arrow's path, by link, kept while its two bars and rows stay: a scroll routes only the
  // arrows it brings in.
  // biome-ignore lint/correctness/useExhaustiveDependencies: another bar geometry (drawingOf) or row height makes every kept path stale
  const routed = useMemo(
    () => new WeakMap<Link, { a: number; b: number; from: GanttTask; to: GanttTask; value: LinkPath }>(),
    [drawingOf, rowHeight],
  );
  const toDraw: PooledLink<LinkPath>[] = [];
  for (let i = 0; i < drawable.length; i++) {
    if (!linkCrossesRows(low[i], high[i], first, last)) continue;
    const link = drawable[i];
    const a = rowIndexById.get(link.predecessorId) ?? 0;
    const b = rowIndexById.get(link.successorId) ?? 0;
    const from = boxOf(rows[a], a);
    const to = boxOf(rows[b], b);
    if (Math.max(from.right, to.right) + 16 < fromX || Math.min(from.left, to.left) - 16 > toX) continue;
    let kept = routed.get(link);
    if (!kept || kept.a !== a || kept.b !== b || kept.from !== rows[a] || kept.to !== rows[b]) {
      kept = {
        a,
        b,
        from: rows[a],
        to: rows[b],
        value: {
          d: pathData(routeLink(link.type, from, to, rowHeight)),
          critical: Boolean(rows[a].critical && rows[b].critical),
          label: `${rows[a].wbs}${link.type}${rows[b].wbs}`,
        },
      };
      routed.set(link, kept);
    }
    toDraw.push({ id: link.id, value: kept.value });
  }
  const arrows = placeLinks(pool.current, toDraw);

  // Keyed by slot, like the sheet's rows: a scroll re-renders the slots that change rows, patching
  // their row's elements rather than creating them. Every row in the window has its bar, wherever
  // it lies in time: a bar outside the drawn pixels costs nothing to paint, and filtering by them
  // would add and remove elements on every scroll.
  const bars: React.JSX.Element[] = [];
  for (const { slot, index } of rowsBySlot(rowWindow)) {
    if (index >= rows.length) continue;
    const task = rows[index];
    const { bar, baselineLeft, baselineWidth, deadlineMissed, description } = drawingOf(task);
    bars.push(
      <GanttBar
        key={slot}
        taskId={task.id}
        name={task.name}
        kind={bar.kind}
        top={index * rowHeight}
        height={rowHeight}
        left={bar.left}
        width={bar.width}
        progressWidth={bar.progressWidth}
        slackWidth={bar.slackWidth}
        deadlineX={bar.deadlineX}
        deadlineMissed={deadlineMissed}
        baselineLeft={baselines ? baselineLeft : undefined}
        baselineWidth={baselineWidth}
        critical={Boolean(task.critical)}
        selected={task.id === props.selectedTaskId}
        description={description}
      />,
    );
  }
  // The arrows' SVG spans every row and the drawn pixels: its box changes with the horizontal
  // window only, so a vertical scroll repaints the arrows it adds, not the whole SVG.
  const width = Math.max(1, toX - fromX);
  const height = Math.max(1, rows.length * rowHeight);

  return (
    <>
      <svg
        className={classes.links}
        style={{ left: fromX, top: 0 }}
        width={width}
        height={height}
        viewBox={`${fromX} 0 ${width} ${height}`}
        aria-hidden
      >
        <GanttLinks arrows={arrows} />
        <line ref={props.dragLineRef} className={classes.dragLine} style={{ display: 'none' }} />
      </svg>
      {bars}
    </>
  );
});
