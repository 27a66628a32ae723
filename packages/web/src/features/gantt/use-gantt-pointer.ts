import { type RefObject, useEffect, useRef } from 'react';
import type { ByIdLookup } from '../tasks/lazy-index';
import {
  type DurationCalendar,
  type MoveEdit,
  moveEdit,
  resizeDuration,
  SNAP_MINUTES,
  stepDuration,
} from './drag-edits';
import type { GanttTask } from './gantt.types';
import { parseFloatingMinutes, type ZoomLevel } from './time-scale';

export interface GanttPointerHandlers {
  readonly onSelect: (taskId: string) => void;
  readonly onOpenDetails: (taskId: string) => void;
  readonly onMove: (task: GanttTask, edit: MoveEdit) => Promise<unknown>;
  readonly onResize: (task: GanttTask, duration: number) => Promise<unknown>;
  readonly onLink: (predecessorId: string, successorId: string) => Promise<unknown>;
}

export interface GanttPointerOptions extends GanttPointerHandlers {
  readonly taskById: ByIdLookup<GanttTask>;
  readonly zoom: ZoomLevel;
  readonly calendar: DurationCalendar;
  readonly describe: (task: GanttTask) => string;
}

type Mode = 'move' | 'resize' | 'link';

interface Drag {
  readonly mode: Mode;
  readonly task: GanttTask;
  readonly bar: HTMLElement;
  readonly pointerId: number;
  readonly originX: number;
  readonly originY: number;
  /** The link line's start in body coordinates. */
  readonly anchorX: number;
  readonly anchorY: number;
  dx: number;
  dy: number;
  moved: boolean;
}

/** Pixels a pointer must travel before a press becomes a drag. */
const DRAG_THRESHOLD = 3;

/**
 * Pointer and keyboard handling of the timeline body, delegated from one element: drag a bar to
 * move it, its right edge to resize it, its end handle onto another bar to link them; click
 * selects, double-click (or Enter) opens the details; arrows move and Shift+arrows resize by one
 * snap unit. Drag state lives in a ref and the preview is painted from `requestAnimationFrame`
 * through CSS variables, so a drag never re-renders React.
 */
export function useGanttPointer(
  bodyRef: RefObject<HTMLElement | null>,
  dragLineRef: RefObject<SVGLineElement | null>,
  tooltipRef: RefObject<HTMLDivElement | null>,
  options: GanttPointerOptions,
): void {
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    let drag: Drag | null = null;
    let frame = 0;

    const barOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>('[data-task-id]') : null;

    const bodyPoint = (event: PointerEvent) => {
      const rect = body.getBoundingClientRect();
      return { x: event.clientX - rect.left, y: event.clientY - rect.top };
    };

    const paint = () => {
      frame = 0;
      const current = drag;
      if (!current) return;
      // A scroll moved the dragged task out of the window and its bar's element now draws
      // another task (the rows' slots are reused): no preview on it.
      if (current.bar.dataset.taskId !== current.task.id) return;
      const { zoom, calendar, describe } = latest.current;
      if (current.mode === 'move') {
        current.bar.style.setProperty('--gantt-dx', `${current.dx}px`);
        const edit = moveEdit(parseFloatingMinutes(current.task.start), current.dx, zoom, calendar);
        showTip(
          edit
            ? `Start no earlier than ${edit.constraintDate.slice(0, 16).replace('T', ' ')}`
            : describe(current.task),
        );
      } else if (current.mode === 'resize') {
        current.bar.style.setProperty('--gantt-dw', `${current.dx}px`);
        const duration = resizeDuration(
          parseFloatingMinutes(current.task.start),
          parseFloatingMinutes(current.task.finish),
          current.task.duration,
          current.dx,
          zoom,
          calendar,
        );
        const shown = duration ?? current.task.duration;
        showTip(`Duration ${formatWorkingDays(shown, calendar.minutesPerDay)}`);
      } else {
        const line = dragLineRef.current;
        if (line) {
          line.setAttribute('x1', String(current.anchorX));
          line.setAttribute('y1', String(current.anchorY));
          line.setAttribute('x2', String(current.anchorX + current.dx));
          line.setAttribute('y2', String(current.anchorY + current.dy));
          line.style.display = '';
        }
        showTip(`Link ${current.task.name} to …`);
      }
      placeTip(current.anchorX + current.dx + 12, current.anchorY + current.dy + 14);
    };

    const showTip = (text: string) => {
      const tip = tooltipRef.current;
      if (!tip) return;
      tip.textContent = text;
      tip.style.display = 'block';
    };
    const placeTip = (x: number, y: number) => {
      const tip = tooltipRef.current;
      if (tip) tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    };
    const hideTip = () => {
      const tip = tooltipRef.current;
      if (tip) tip.style.display = 'none';
    };

    const clearPreview = (current: Drag) => {
      current.bar.style.removeProperty('--gantt-dx');
      current.bar.style.removeProperty('--gantt-dw');
    };
    // The preview stays until the write's answer has been painted (two frames after it), so
    // the bar does not flash back to where it was.
    const clearAfterWrite = (current: Drag, write: Promise<unknown>) => {
      write.then(
        () => requestAnimationFrame(() => requestAnimationFrame(() => clearPreview(current))),
        () => clearPreview(current),
      );
    };

    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      const bar = barOf(event.target);
      if (!bar) return;
      const task = latest.current.taskById.get(bar.dataset.taskId ?? '');
      if (!task) return;
      const handle = (event.target as Element).closest<HTMLElement>('[data-gantt-handle]')?.dataset
        .ganttHandle;
      if (handle !== 'move' && handle !== 'resize' && handle !== 'link') {
        latest.current.onSelect(task.id);
        return;
      }
      event.preventDefault();
      const point = bodyPoint(event);
      const barRect = bar.getBoundingClientRect();
      const bodyRect = body.getBoundingClientRect();
      body.setPointerCapture(event.pointerId);
      drag = {
        mode: handle,
        task,
        bar,
        pointerId: event.pointerId,
        originX: event.clientX,
        originY: event.clientY,
        anchorX: handle === 'link' ? barRect.right - bodyRect.left : point.x,
        anchorY: handle === 'link' ? barRect.top + barRect.height / 2 - bodyRect.top : point.y,
        dx: 0,
        dy: 0,
        moved: false,
      };
    };

    const onPointerMove = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.pointerId) return;
      drag.dx = event.clientX - drag.originX;
      drag.dy = event.clientY - drag.originY;
      if (!drag.moved && Math.hypot(drag.dx, drag.dy) < DRAG_THRESHOLD) return;
      drag.moved = true;
      if (!frame) frame = requestAnimationFrame(paint);
    };

    const onPointerUp = (event: PointerEvent) => {
      const current = drag;
      if (!current || event.pointerId !== current.pointerId) return;
      drag = null;
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      hideTip();
      const line = dragLineRef.current;
      if (line) line.style.display = 'none';
      if (body.hasPointerCapture(event.pointerId)) body.releasePointerCapture(event.pointerId);
      const { zoom, calendar, onMove, onResize, onLink, onSelect } = latest.current;
      if (!current.moved) {
        clearPreview(current);
        onSelect(current.task.id);
        return;
      }
      if (current.mode === 'move') {
        const edit = moveEdit(parseFloatingMinutes(current.task.start), current.dx, zoom, calendar);
        if (edit) clearAfterWrite(current, onMove(current.task, edit));
        else clearPreview(current);
      } else if (current.mode === 'resize') {
        const duration = resizeDuration(
          parseFloatingMinutes(current.task.start),
          parseFloatingMinutes(current.task.finish),
          current.task.duration,
          current.dx,
          zoom,
          calendar,
        );
        if (duration !== null) clearAfterWrite(current, onResize(current.task, duration));
        else clearPreview(current);
      } else {
        const target = barOf(document.elementFromPoint(event.clientX, event.clientY));
        const successorId = target?.dataset.taskId;
        if (successorId && successorId !== current.task.id)
          void onLink(current.task.id, successorId).catch(() => {});
      }
    };

    const onPointerCancel = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.pointerId) return;
      clearPreview(drag);
      drag = null;
      hideTip();
      const line = dragLineRef.current;
      if (line) line.style.display = 'none';
    };

    const onDoubleClick = (event: MouseEvent) => {
      // The press captured the pointer to the body, so the event's target is the body: look
      // under the pointer instead.
      const id = barOf(document.elementFromPoint(event.clientX, event.clientY))?.dataset.taskId;
      if (id) latest.current.onOpenDetails(id);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const bar = barOf(event.target);
      const task = bar ? latest.current.taskById.get(bar.dataset.taskId ?? '') : undefined;
      if (!task) return;
      const { zoom, calendar, onMove, onResize, onOpenDetails, onSelect } = latest.current;
      if (event.key === 'Enter') {
        event.preventDefault();
        onOpenDetails(task.id);
      } else if (event.key === ' ') {
        event.preventDefault();
        onSelect(task.id);
      } else if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && !task.summary) {
        event.preventDefault();
        const unitPx = SNAP_MINUTES[zoom.snap] * zoom.pxPerMinute;
        const dx = event.key === 'ArrowLeft' ? -unitPx : unitPx;
        if (event.shiftKey && !task.milestone) {
          const duration = stepDuration(
            task.duration,
            event.key === 'ArrowLeft' ? -1 : 1,
            zoom.snap,
            calendar,
          );
          if (duration !== task.duration) void onResize(task, duration).catch(() => {});
        } else if (!event.shiftKey) {
          const edit = moveEdit(parseFloatingMinutes(task.start), dx, zoom, calendar);
          if (edit) void onMove(task, edit).catch(() => {});
        }
      }
    };

    const onPointerOver = (event: PointerEvent) => {
      if (drag) return;
      const bar = barOf(event.target);
      const task = bar ? latest.current.taskById.get(bar.dataset.taskId ?? '') : undefined;
      if (!bar || !task) {
        hideTip();
        return;
      }
      const rect = bar.getBoundingClientRect();
      const bodyRect = body.getBoundingClientRect();
      showTip(latest.current.describe(task));
      placeTip(rect.left - bodyRect.left, rect.bottom - bodyRect.top + 6);
    };
    const onPointerLeave = () => {
      if (!drag) hideTip();
    };

    body.addEventListener('pointerdown', onPointerDown);
    body.addEventListener('pointermove', onPointerMove);
    body.addEventListener('pointerup', onPointerUp);
    body.addEventListener('pointercancel', onPointerCancel);
    body.addEventListener('pointerover', onPointerOver);
    body.addEventListener('pointerleave', onPointerLeave);
    body.addEventListener('dblclick', onDoubleClick);
    body.addEventListener('keydown', onKeyDown);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      body.removeEventListener('pointerdown', onPointerDown);
      body.removeEventListener('pointermove', onPointerMove);
      body.removeEventListener('pointerup', onPointerUp);
      body.removeEventListener('pointercancel', onPointerCancel);
      body.removeEventListener('pointerover', onPointerOver);
      body.removeEventListener('pointerleave', onPointerLeave);
      body.removeEventListener('dblclick', onDoubleClick);
      body.removeEventListener('keydown', onKeyDown);
    };
  }, [bodyRef, dragLineRef, tooltipRef]);
}

/** "3d", "2.5d" or "4h" for a duration of working minutes. */
export function formatWorkingDays(minutes: number, minutesPerDay: number): string {
  if (minutes < minutesPerDay) return `${Math.round((minutes / 60) * 10) / 10}h`;
  return `${Math.round((minutes / minutesPerDay) * 10) / 10}d`;
}
