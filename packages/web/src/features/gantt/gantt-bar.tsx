import { type CSSProperties, memo, useLayoutEffect, useRef } from 'react';
import type { BarKind } from './bar-geometry';
import classes from './gantt.module.css';

/** Everything one row of the timeline draws, as primitives so `memo` skips unchanged rows. */
export interface GanttBarProps {
  readonly taskId: string;
  readonly name: string;
  readonly kind: BarKind;
  /** Row top and height, px. */
  readonly top: number;
  readonly height: number;
  readonly left: number;
  readonly width: number;
  readonly progressWidth: number;
  readonly slackWidth: number;
  readonly deadlineX: number | null;
  readonly deadlineMissed: boolean;
  /** The baseline's left, px; null for a task without one, undefined when the plan has no baseline. */
  readonly baselineLeft: number | null | undefined;
  readonly baselineWidth: number;
  readonly critical: boolean;
  readonly selected: boolean;
  /** Accessible description: name, dates, duration. */
  readonly description: string;
}

/**
 * One task's drawing: the bar (plain, milestone diamond or summary bracket) with its progress,
 * slack, baseline, deadline marker and name. Pointer and keyboard handling is delegated to the
 * timeline body (no per-task state or listeners); `data-gantt-*` attributes tell it what was hit.
 */
export const GanttBar = memo(function GanttBar(props: GanttBarProps) {
  const { kind, top, left, width, critical, taskId } = props;
  const barRef = useRef<HTMLButtonElement>(null);
  const drawn = useRef(taskId);
  // The rows' slots are reused while scrolling (see GanttRows): when this one starts drawing
  // another task, what belonged to the last one goes with it, a drag preview and the focus, so a
  // key press never edits a task the user did not pick.
  useLayoutEffect(() => {
    const bar = barRef.current;
    if (drawn.current === taskId || !bar) return;
    drawn.current = taskId;
    bar.style.removeProperty('--gantt-dx');
    bar.style.removeProperty('--gantt-dw');
    if (bar === document.activeElement) bar.blur();
  }, [taskId]);
  const editable = kind !== 'summary';
  const barClass =
    kind === 'milestone'
      ? `${classes.bar} ${classes.milestone}`
      : kind === 'summary'
        ? `${classes.bar} ${classes.summary}`
        : classes.bar;
  // The progress fill is the bar's own background layer, sized by --gantt-p: no element of its own.
  const style = {
    left,
    '--gantt-w': `${width}px`,
    '--gantt-p': `${kind === 'milestone' ? 0 : props.progressWidth}px`,
  } as CSSProperties;
  const labelLeft = kind === 'milestone' ? left + 12 : left + width + props.slackWidth + 8;
  // The parts a row may lack (slack, deadline, baseline) are hidden rather than left out, and the
  // handles are hidden by the bar's kind: a reused slot then patches attributes, never adds or
  // removes elements (an element added is styled and laid out from scratch).
  const hasSlack = props.slackWidth > 0;
  const hasDeadline = props.deadlineX !== null;
  // One positioned row per slot holds the pieces: a reused slot moves one element, and what
  // changes inside the row is laid out within it (it is a layout and size container).
  return (
    <div className={classes.row} style={{ top, height: props.height }}>
      {props.baselineLeft !== undefined && (
        <div
          className={classes.baseline}
          hidden={props.baselineLeft === null}
          style={{ left: props.baselineLeft ?? 0, width: Math.max(2, props.baselineWidth) }}
          data-testid={props.baselineLeft === null ? undefined : 'gantt-baseline'}
        />
      )}
      <div
        className={classes.slack}
        hidden={!hasSlack}
        style={{ left: left + width, width: props.slackWidth }}
        data-testid={hasSlack ? 'gantt-slack' : undefined}
      />
      <div
        className={classes.deadline}
        hidden={!hasDeadline}
        style={{ left: props.deadlineX ?? 0 }}
        data-missed={props.deadlineMissed}
        data-testid={hasDeadline ? 'gantt-deadline' : undefined}
      />
      <button
        ref={barRef}
        type="button"
        className={barClass}
        style={style}
        aria-label={props.description}
        aria-pressed={props.selected}
        data-testid="gantt-bar"
        data-task-id={taskId}
        data-kind={kind}
        data-critical={critical}
        data-selected={props.selected}
        data-gantt-handle={editable ? 'move' : 'select'}
      >
        <span className={classes.resizeHandle} data-gantt-handle="resize" />
        <span className={classes.linkHandle} data-gantt-handle="link" />
      </button>
      <div className={classes.label} style={{ left: labelLeft }} aria-hidden>
        {props.name}
      </div>
    </div>
  );
});
