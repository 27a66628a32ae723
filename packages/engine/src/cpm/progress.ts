import type { WorkingCalendar } from '../calendar/working-calendar.types';
import type { TaskInput } from '../model/project.types';
import { FLAG_MANUAL, FLAG_PROGRESS, type Network, type PassSettings } from './network.types';
import type { ScheduleState } from './schedule-state';

/** Has the task progress (an actual date or a percent complete) that fixes its dates? */
export function hasProgress(net: Network, i: number): boolean {
  return (net.flags[i] & FLAG_PROGRESS) !== 0;
}

/**
 * Dates of a task in progress, as MS Project keeps them: the actual start (else the scheduled one)
 * stays put whatever the links say; an actual finish ends it; otherwise the done part (actual
 * duration, else duration × % complete) runs from the start and the remaining duration resumes
 * at the end of the done part or at the status date, whichever is later (the task splits).
 * `linkStart` is the start the links and constraints give, used when no actual start is known.
 * Writes es/ef of node i (minutes).
 */
export function placeProgress(
  net: Network,
  ps: PassSettings,
  st: ScheduleState,
  i: number,
  cal: WorkingCalendar,
  linkStart: number,
): void {
  const duration = net.duration[i];
  const actualFinish = net.actualFinish[i];
  let start = net.actualStart[i];
  if (!Number.isFinite(start)) {
    start =
      Number.isFinite(actualFinish) && duration > 0 ? cal.subtractWorking(actualFinish, duration) : linkStart;
    if (Number.isFinite(actualFinish) && start > actualFinish) start = actualFinish;
  }
  st.es[i] = start;
  if (Number.isFinite(actualFinish)) {
    st.ef[i] = actualFinish;
    return;
  }
  const done = Number.isFinite(net.actualDuration[i])
    ? net.actualDuration[i]
    : Math.round((duration * net.percentComplete[i]) / 100);
  const remaining = Number.isFinite(net.remainingDuration[i])
    ? net.remainingDuration[i]
    : Math.max(0, duration - done);
  const doneEnd = done > 0 ? cal.addWorking(start, done) : start;
  if (remaining <= 0) {
    st.ef[i] = doneEnd;
    return;
  }
  const resume = Number.isFinite(ps.statusDate) && ps.statusDate > doneEnd ? ps.statusDate : doneEnd;
  st.ef[i] = cal.addWorking(cal.toWorkingStart(resume), remaining);
}

/** A manually scheduled task keeps the dates the user typed. Returns false when it has none. */
export function placeManual(net: Network, st: ScheduleState, i: number, cal: WorkingCalendar): boolean {
  if ((net.flags[i] & FLAG_MANUAL) === 0 || !Number.isFinite(net.manualStart[i])) return false;
  const start = net.manualStart[i];
  st.es[i] = start;
  st.ef[i] = Number.isFinite(net.manualFinish[i])
    ? net.manualFinish[i]
    : net.duration[i] === 0
      ? start
      : cal.addWorking(start, net.duration[i]);
  return true;
}

/**
 * The actual start and finish a task's progress keeps (NaN = none): MS Project clears the actual
 * dates of a task set back to 0 % with no actual duration.
 */
export function actualDatesOf(task: TaskInput): [start: number, finish: number] {
  const notStarted = task.percentComplete === 0 && !((task.actualDuration ?? 0) > 0);
  if (notStarted) return [Number.NaN, Number.NaN];
  return [task.actualStart ?? Number.NaN, task.actualFinish ?? Number.NaN];
}
