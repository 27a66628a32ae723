import type { WorkingCalendar } from '../calendar/working-calendar.types';
import { LAG_PERCENT, LAG_PERCENT_ELAPSED, type Network, NODE_FIN } from './network.types';
import type { ScheduleState } from './schedule-state';

/**
 * A zero-duration task (milestone) stays where its driver puts it when that instant can start or
 * end work (so a milestone after a task finishing at 17:00 sits at 17:00, as in MS Project);
 * otherwise it moves to the next working start (forward) or previous working finish (backward).
 */
function keepsMilestone(cal: WorkingCalendar, t: number): boolean {
  return cal.toWorkingStart(t) === t || cal.toWorkingFinish(t) === t;
}

/** Earliest valid start at or after t for a task of `duration` working minutes. */
export function snapStart(cal: WorkingCalendar, t: number, duration: number): number {
  if (duration === 0) return keepsMilestone(cal, t) ? t : cal.toWorkingStart(t);
  return cal.toWorkingStart(t);
}

/** Latest valid finish at or before t for a task of `duration` working minutes. */
export function snapFinish(cal: WorkingCalendar, t: number, duration: number): number {
  if (duration === 0) return keepsMilestone(cal, t) ? t : cal.toWorkingFinish(t);
  return cal.toWorkingFinish(t);
}

/** Latest start of a task of `duration` working minutes that finishes by t. */
export function startForFinish(cal: WorkingCalendar, t: number, duration: number): number {
  const finish = snapFinish(cal, t, duration);
  return duration === 0 ? finish : cal.subtractWorking(finish, duration);
}

/** Finish of a task of `duration` working minutes that starts at (or just after) t. */
export function finishForStart(cal: WorkingCalendar, t: number, duration: number): number {
  const start = snapStart(cal, t, duration);
  return duration === 0 ? start : cal.addWorking(start, duration);
}

/** Lag of link `l` in minutes (percent lags: a share of the predecessor node `p`'s duration). */
export function lagMinutes(net: Network, st: ScheduleState, l: number, p: number): number {
  const kind = net.linkLagKind[l];
  if (kind !== LAG_PERCENT && kind !== LAG_PERCENT_ELAPSED) return net.linkLag[l];
  const duration =
    net.kind[p] === NODE_FIN
      ? net.calendars[net.calendar[p]].workingBetween(st.es[p], st.ef[p])
      : net.duration[p];
  return Math.round((net.linkLag[l] * duration) / 100);
}

/** t moved by the lag of link `l` (direction 1) or back by it (direction -1), on the lag's calendar. */
export function shiftByLag(
  net: Network,
  st: ScheduleState,
  l: number,
  p: number,
  t: number,
  direction: 1 | -1,
): number {
  const lag = lagMinutes(net, st, l, p);
  if (lag === 0) return t;
  return net.calendars[net.linkCalendar[l]].addWorking(t, direction * lag);
}
