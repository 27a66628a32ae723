import type { WorkingCalendar } from '../calendar/working-calendar.types';
import type { DateTime, WorkMinutes } from '../model/time';

/**
 * The 24×7 calendar of elapsed durations and lags ("2ed", "3eh"): every minute works, so each
 * operation is plain arithmetic.
 */
export const ELAPSED_CALENDAR_24x7: WorkingCalendar = {
  id: '24x7-elapsed',
  isWorking: () => true,
  toWorkingStart: (t: DateTime) => t,
  toWorkingFinish: (t: DateTime) => t,
  addWorking: (t: DateTime, minutes: WorkMinutes) => t + minutes,
  subtractWorking: (t: DateTime, minutes: WorkMinutes) => t - minutes,
  workingBetween: (a: DateTime, b: DateTime) => b - a,
};
