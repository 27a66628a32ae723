import { type CSSProperties, memo, useLayoutEffect, useRef } from 'react';
import type { BarKind } from './bar-geometry';
import classes from './gantt.module.css';

/** Everything one row of the timeline draws, as primitives so `memo` skips unchanged rows. */
export interface GanttBarProps {
  readonly taskId: string;
  readonly name: string;
  readonly kind: BarKind;
  /** Row top, px. */
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly progressWidth: number;
  readonly slackWidth: number;
  readonly deadlineX: number | null;
  readonly deadlineMissed: boolean;
  readonly baselineLeft: number | null;
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
  const style = { top, left, '--gantt-w': `${width}px` } as CSSProperties;
  const labelLeft = kind === 'milestone' ? left + 12 : left + width + props.slackWidth + 8;
  return (
    <>
      {props.baselineLeft !== null && (
        <div
          className={classes.baseline}
          style={{ top, left: props.baselineLeft, width: Math.max(2, props.baselineWidth) }}
          data-testid="gantt-baseline"
        />
      )}
      {props.slackWidth > 0 && (
        <div
          className={classes.slack}
          style={{ top, left: left + width, width: props.slackWidth }}
          data-testid="gantt-slack"
        />
      )}
      {props.deadlineX !== null && (
        <div
          className={classes.deadline}
          style={{ top, left: props.deadlineX }}
          data-missed={props.deadlineMissed}
          data-testid="gantt-deadline"
        />
      )}
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
        {kind !== 'milestone' && props.progressWidth > 0 && (
          <span className={classes.progress} style={{ width: props.progressWidth }} />
        )}
        {kind === 'task' && <span className={classes.resizeHandle} data-gantt-handle="resize" />}
        {editable && <span className={classes.linkHandle} data-gantt-handle="link" />}
      </button>
      <div className={classes.label} style={{ top, left: labelLeft }} aria-hidden>
        {props.name}
      </div>
    </>
  );
});
