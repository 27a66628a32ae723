import type { GanttTask } from './gantt.types';
import { dateToX, type FloatingMinutes, parseFloatingMinutes, type TimeScale } from './time-scale';
import { approximateElapsedMinutes, type WorkWeek } from './working-time';

export type BarKind = 'task' | 'milestone' | 'summary';

/** Where one task's drawing sits on its row, in px from the timeline's origin. */
export interface BarGeometry {
  readonly kind: BarKind;
  readonly left: number;
  readonly width: number;
  /** Width of the progress fill (px), inside the bar. */
  readonly progressWidth: number;
  /** Slack bar after the finish (px, 0 when none or critical). */
  readonly slackWidth: number;
  /** The deadline's x, or null. */
  readonly deadlineX: number | null;
  readonly start: FloatingMinutes;
  readonly finish: FloatingMinutes;
}

/** Smallest width a non-milestone bar is drawn with, px (a zero-length task stays grabbable). */
export const MIN_BAR_WIDTH = 3;
/** Side of a milestone diamond's bounding box, px. */
export const MILESTONE_SIZE = 12;

/** The kind of drawing a task gets: milestone diamond, summary bracket or plain bar. */
export function barKind(task: Pick<GanttTask, 'milestone' | 'summary'>): BarKind {
  if (task.summary) return 'summary';
  return task.milestone ? 'milestone' : 'task';
}

/**
 * The bar of `task` on `scale`. The slack bar uses the late finish when the API gives one, else
 * `totalSlack` (working minutes) turned into elapsed time by the calendar-agnostic approximation.
 */
export function barGeometry(task: GanttTask, scale: TimeScale, calendar: WorkWeek): BarGeometry {
  const start = parseFloatingMinutes(task.start);
  const finish = parseFloatingMinutes(task.finish);
  const kind = barKind(task);
  const left = dateToX(scale, start);
  const width = kind === 'milestone' ? 0 : Math.max(MIN_BAR_WIDTH, dateToX(scale, finish) - left);
  const progressWidth = kind === 'milestone' ? 0 : (width * clampPercent(task.percentComplete)) / 100;
  let slackWidth = 0;
  if (!task.critical && kind !== 'summary') {
    if (task.lateFinish) {
      slackWidth = Math.max(
        0,
        dateToX(scale, parseFloatingMinutes(task.lateFinish)) - dateToX(scale, finish),
      );
    } else if (task.totalSlack && task.totalSlack > 0) {
      slackWidth = approximateElapsedMinutes(calendar, task.totalSlack) * scale.pxPerMinute;
    }
  }
  const deadlineX = task.deadline ? dateToX(scale, parseFloatingMinutes(task.deadline)) : null;
  return { kind, left, width, progressWidth, slackWidth, deadlineX, start, finish };
}

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}
