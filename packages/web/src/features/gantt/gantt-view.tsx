import { Box, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Project } from '@tandem/api';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatTaskDate } from '../../lib/format';
import { describeError } from '../../lib/problem';
import type { Link } from '../links/link.types';
import { useCreateLink } from '../links/links.queries';
import { SHEET_HEADER_HEIGHT, TASK_ROW_HEIGHT } from '../task-sheet/row-metrics';
import { TaskSheet } from '../task-sheet/task-sheet';
import { lazyIndex } from '../tasks/lazy-index';
import { useUpdateTask } from '../tasks/tasks.queries';
import { useStableIds } from '../tasks/use-stable-ids';
import { visibleTasks } from '../tasks/visible-tasks';
import type { MoveEdit } from './drag-edits';
import classes from './gantt.module.css';
import type { BaselineDates, GanttTask } from './gantt.types';
import { GanttSplitter } from './gantt-splitter';
import { GanttTaskDetails } from './gantt-task-details';
import { GanttTimeline } from './gantt-timeline';
import { GanttToolbar } from './gantt-toolbar';
import { dateToX, localNowMinutes, parseFloatingMinutes } from './time-scale';
import { formatWorkingDays } from './use-gantt-pointer';
import { useGanttZoom } from './use-gantt-zoom';
import { useScrollWindows } from './use-scroll-windows';

export interface GanttViewProps {
  readonly workspaceId: string;
  readonly projectId: string;
  readonly project: Project;
  readonly tasks: readonly GanttTask[];
  readonly links: readonly Link[];
  /** Baseline dates by task id (from the baseline compare endpoint), or null without a baseline. */
  readonly baselines: ReadonlyMap<string, BaselineDates> | null;
}

const MemoTaskSheet = memo(TaskSheet);
const SPLITTER_WIDTH = 6;
const MIN_SHEET = 160;

/**
 * The Gantt: the task sheet left, the timeline right, one scroll container for both (the sheet
 * is sticky on the left). Rows (fixed height) and time are virtualised by windows read from the
 * scroller once per frame: scrolling re-renders the rows layers of the sheet and the timeline,
 * never this view.
 */
export function GanttView({ workspaceId, projectId, project, tasks, links, baselines }: GanttViewProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [sheetWidth, setSheetWidth] = useState(440);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [selectedTaskId, setSelectedTaskId] = useState<string | null>(null);
  const [detailsTaskId, setDetailsTaskId] = useState<string | null>(null);
  const updateTask = useUpdateTask(projectId);
  const createLink = useCreateLink(projectId);

  const rows = useMemo(() => visibleTasks(tasks, collapsed), [tasks, collapsed]);
  const taskById = useMemo(() => lazyIndex(tasks), [tasks]);
  // by the rows' ids alone: an edit that keeps the order keeps the index (and the links' rows)
  const rowIds = useStableIds(rows);
  const rowIndexById = useMemo(() => new Map(rowIds.map((id, index) => [id, index])), [rowIds]);

  // The span the timeline covers: floating ISO strings compare like the dates they hold.
  const [spanFrom, spanTo] = useMemo(() => {
    let from = project.start;
    let to = project.finish ?? project.start;
    for (const task of tasks) {
      if (task.start < from) from = task.start;
      if (task.finish > to) to = task.finish;
    }
    return [from, to];
  }, [tasks, project.start, project.finish]);
  const span = useMemo(
    () => ({ from: parseFloatingMinutes(spanFrom), to: parseFloatingMinutes(spanTo) }),
    [spanFrom, spanTo],
  );

  const timelineLeft = sheetWidth + SPLITTER_WIDTH;
  const { zoom, scale, setZoom, step } = useGanttZoom(scrollerRef, span, timelineLeft, 'days');
  const calendar = project.calendar;

  const totalHeight = rows.length * TASK_ROW_HEIGHT;
  const windows = useScrollWindows(scrollerRef, {
    rowCount: rows.length,
    rowHeight: TASK_ROW_HEIGHT,
    headerHeight: SHEET_HEADER_HEIGHT,
    timelineLeft,
    timelineWidth: scale.width,
  });

  // Open on the project's start.
  const projectStartX = dateToX(scale, parseFloatingMinutes(project.start));
  const opened = useRef(false);
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (opened.current || !scroller) return;
    opened.current = true;
    scroller.scrollLeft = Math.max(0, projectStartX - 48);
  }, [projectStartX]);

  const todayX = dateToX(scale, localNowMinutes());
  const statusX = project.statusDate ? dateToX(scale, parseFloatingMinutes(project.statusDate)) : null;
  const scrollToX = useCallback(
    (x: number) => {
      const scroller = scrollerRef.current;
      if (scroller) scroller.scrollLeft = Math.max(0, x - (scroller.clientWidth - timelineLeft) / 3);
    },
    [timelineLeft],
  );
  const onToday = useCallback(() => scrollToX(todayX), [scrollToX, todayX]);

  const describe = useCallback(
    (task: GanttTask) =>
      `${task.name}: ${formatTaskDate(task.start)} – ${formatTaskDate(task.finish)}, ${formatWorkingDays(task.duration, calendar.minutesPerDay)}${task.critical ? ', critical' : ''}`,
    [calendar.minutesPerDay],
  );

  const failed = useCallback(
    (title: string) => (error: unknown) => {
      notifications.show({ color: 'red', title, message: describeError(error) });
      throw error;
    },
    [],
  );
  const onMove = useCallback(
    (task: GanttTask, edit: MoveEdit) =>
      updateTask
        .mutateAsync({ taskId: task.id, body: { version: task.version, ...edit } })
        .catch(failed('Task not moved')),
    [updateTask.mutateAsync, failed],
  );
  const onResize = useCallback(
    (task: GanttTask, duration: number) =>
      updateTask
        .mutateAsync({ taskId: task.id, body: { version: task.version, duration } })
        .catch(failed('Task not resized')),
    [updateTask.mutateAsync, failed],
  );
  const onLink = useCallback(
    (predecessorId: string, successorId: string) =>
      createLink
        .mutateAsync({ predecessorId, successorId, type: 'FS', lag: 0 })
        .catch(failed('Tasks not linked')),
    [createLink.mutateAsync, failed],
  );
  const onToggleCollapse = useCallback((taskId: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(taskId)) next.add(taskId);
      return next;
    });
  }, []);
  const onScrollToRow = windows.scrollRowIntoView;
  const onSelect = useCallback((taskId: string | null) => setSelectedTaskId(taskId), []);
  const onOpenDetails = useCallback((taskId: string) => setDetailsTaskId(taskId), []);
  const onCloseDetails = useCallback(() => setDetailsTaskId(null), []);
  const maxSheet = Math.max(MIN_SHEET, (scrollerRef.current?.clientWidth ?? 1200) - 200);

  return (
    <Stack gap="xs" h="100%">
      <GanttToolbar zoom={zoom.id} onZoom={setZoom} onStep={step} onToday={onToday} />
      <Box
        ref={scrollerRef}
        className={classes.scroller}
        data-testid="gantt-scroller"
        style={{ flex: 1, minHeight: 0 }}
      >
        <div className={classes.grid} style={{ width: timelineLeft + scale.width }}>
          <div className={classes.sheetPane} style={{ width: sheetWidth }} data-testid="gantt-sheet-pane">
            <MemoTaskSheet
              workspaceId={workspaceId}
              projectId={projectId}
              rows={rows}
              rowIndexById={rowIndexById}
              allTasks={tasks}
              links={links}
              rowWindow={windows.sheetRows}
              totalHeight={totalHeight}
              selectedTaskId={selectedTaskId}
              onSelectTask={onSelect}
              collapsed={collapsed}
              onToggleCollapse={onToggleCollapse}
              onScrollToRow={onScrollToRow}
            />
          </div>
          <GanttSplitter width={sheetWidth} min={MIN_SHEET} max={maxSheet} onChange={setSheetWidth} />
          <GanttTimeline
            rows={rows}
            rowIndexById={rowIndexById}
            taskById={taskById}
            links={links}
            baselines={baselines}
            rowWindow={windows.timelineRows}
            xWindow={windows.x}
            rowHeight={TASK_ROW_HEIGHT}
            headerHeight={SHEET_HEADER_HEIGHT}
            totalHeight={totalHeight}
            scale={scale}
            width={scale.width}
            zoom={zoom}
            calendar={calendar}
            todayX={todayX}
            statusX={statusX}
            selectedTaskId={selectedTaskId}
            describe={describe}
            onSelect={onSelect}
            onOpenDetails={onOpenDetails}
            onMove={onMove}
            onResize={onResize}
            onLink={onLink}
          />
        </div>
      </Box>
      <GanttTaskDetails
        task={detailsTaskId ? (taskById.get(detailsTaskId) ?? null) : null}
        minutesPerDay={calendar.minutesPerDay}
        onClose={onCloseDetails}
      />
    </Stack>
  );
}
