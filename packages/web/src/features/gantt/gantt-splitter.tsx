import { useRef } from 'react';
import classes from './gantt.module.css';

interface GanttSplitterProps {
  readonly width: number;
  readonly min: number;
  readonly max: number;
  readonly onChange: (width: number) => void;
}

const KEY_STEP = 24;

/** The draggable (and arrow, Home and End key) divider between the task sheet and the timeline. */
export function GanttSplitter({ width, min, max, onChange }: GanttSplitterProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const frame = useRef(0);
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)));
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable separator with a value is the WAI-ARIA window splitter; <hr> cannot be one.
    <div
      className={classes.splitter}
      style={{ left: width }}
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the task sheet"
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={(event) => {
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { x: event.clientX, width };
      }}
      onPointerMove={(event) => {
        const start = drag.current;
        if (!start) return;
        const next = clamp(start.width + event.clientX - start.x);
        cancelAnimationFrame(frame.current);
        frame.current = requestAnimationFrame(() => onChange(next));
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
      onKeyDown={(event) => {
        if (event.key === 'ArrowLeft') onChange(clamp(width - KEY_STEP));
        else if (event.key === 'ArrowRight') onChange(clamp(width + KEY_STEP));
        else if (event.key === 'Home') onChange(min);
        else if (event.key === 'End') onChange(max);
        else return;
        event.preventDefault();
      }}
    />
  );
}
