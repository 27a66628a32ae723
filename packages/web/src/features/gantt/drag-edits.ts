import {
  type FloatingMinutes,
  formatFloatingMinutes,
  type SnapUnit,
  snapToUnit,
  type ZoomLevel,
} from './time-scale';
import { dayWorkStart, type WorkWeek, workingMinutesBetween } from './working-time';

/** The calendar fields a resize needs: the work week and the minutes of a working week. */
export type DurationCalendar = WorkWeek & { readonly minutesPerWeek: number };

/** What dropping a moved bar writes: a Start No Earlier Than constraint, as MS Project does. */
export interface MoveEdit {
  readonly constraintType: 'SNET';
  readonly constraintDate: string;
}

/** Elapsed minutes of one snap unit. */
export const SNAP_MINUTES: Readonly<Record<SnapUnit, number>> = { hour: 60, day: 1440, week: 10_080 };

/**
 * The SNET edit for a bar that starts at `start` (floating minutes) and was dragged `dxPx`
 * pixels on a `zoom` timeline: it moves by whole snap units (hours, days or weeks); moved by days
 * or weeks it lands on that day's first working moment. Null when the drag is under half a unit.
 */
export function moveEdit(
  start: FloatingMinutes,
  dxPx: number,
  zoom: ZoomLevel,
  calendar: WorkWeek,
): MoveEdit | null {
  const unit = SNAP_MINUTES[zoom.snap];
  const shift = Math.round(dxPx / zoom.pxPerMinute / unit);
  if (shift === 0) return null;
  const target = zoom.snap === 'hour' ? start + shift * unit : dayWorkStart(calendar, start + shift * unit);
  return { constraintType: 'SNET', constraintDate: formatFloatingMinutes(target) };
}

/** Working minutes one snap unit adds to a duration: an hour, a working day or a working week. */
export function snapWorkingMinutes(unit: SnapUnit, calendar: DurationCalendar): number {
  if (unit === 'hour') return 60;
  if (unit === 'day') return calendar.minutesPerDay;
  return calendar.minutesPerWeek;
}

/**
 * The duration (working minutes) of a bar starting at `start` whose right edge, at `finish`, was
 * dragged `dxPx` pixels: the new finish snaps to the zoom's unit, the working minutes up to it
 * are counted on the calendar and rounded to whole snap units (never below one unit). Null when
 * that is the current `duration`.
 */
export function resizeDuration(
  start: FloatingMinutes,
  finish: FloatingMinutes,
  duration: number,
  dxPx: number,
  zoom: ZoomLevel,
  calendar: DurationCalendar,
): number | null {
  const unit = snapWorkingMinutes(zoom.snap, calendar);
  const snapped = snapToUnit(finish + dxPx / zoom.pxPerMinute, zoom.snap);
  const counted = workingMinutesBetween(calendar, start, Math.max(snapped, start));
  const rounded = Math.max(unit, Math.round(counted / unit) * unit);
  return rounded === duration ? null : rounded;
}

/**
 * The duration (working minutes) one keyboard step longer (`direction` 1) or shorter (-1) than
 * `duration`: by one snap unit of working time, on whole units, never below one unit.
 */
export function stepDuration(
  duration: number,
  direction: -1 | 1,
  unit: SnapUnit,
  calendar: DurationCalendar,
): number {
  const step = snapWorkingMinutes(unit, calendar);
  const whole = direction > 0 ? Math.floor(duration / step) + 1 : Math.ceil(duration / step) - 1;
  return Math.max(step, whole * step);
}
