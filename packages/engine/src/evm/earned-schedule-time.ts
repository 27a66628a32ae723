import type { WorkingCalendar } from '../calendar/working-calendar.types';
import type { DateTime } from '../model/time';

function checkPeriod(periodMinutes: number, where: string): void {
  if (!(periodMinutes > 0) || !Number.isFinite(periodMinutes)) {
    throw new RangeError(`${where}: the period must be a positive number of minutes (got ${periodMinutes})`);
  }
}

/**
 * Actual time (AT) of earned schedule, in periods of `periodMinutes` clock minutes counted from
 * `from`: the whole periods before `at`, plus the share of the current period's *working* time
 * already past. Planned value accrues over working time, so a status date at the close of a
 * period's last working day is a whole period (Friday 17:00 is one week, not 0.67 of one), and
 * a project exactly on plan has ES = AT. A period without working time counts by clock time.
 * Instants before `from` are 0.
 * @param from the start of period 1 (floating minutes).
 * @param at the status date (floating minutes).
 * @param periodMinutes the period length in clock minutes (10,080 for weeks).
 */
export function periodsElapsed(
  from: DateTime,
  at: DateTime,
  periodMinutes: number,
  calendar: WorkingCalendar,
): number {
  checkPeriod(periodMinutes, 'periodsElapsed');
  if (at <= from) return 0;
  const whole = Math.floor((at - from) / periodMinutes);
  const start = (from + whole * periodMinutes) as DateTime;
  const working = calendar.workingBetween(start, (start + periodMinutes) as DateTime);
  const share = working > 0 ? calendar.workingBetween(start, at) / working : (at - start) / periodMinutes;
  return whole + share;
}

/**
 * The date `periods` periods after `from`, the inverse of periodsElapsed: whole periods by clock
 * time, the fraction of the last one by its working time, so an earned schedule or a forecast
 * duration (IEAC(t)) reads as a working instant. A whole number k > 0 is the end of the working
 * time of period k (Friday 17:00 for weeks on the Standard calendar), not the start of period k + 1.
 * @param from the start of period 1 (floating minutes).
 * @param periods periods from `from` (≥ 0, may be fractional).
 * @param periodMinutes the period length in clock minutes.
 */
export function dateAfterPeriods(
  from: DateTime,
  periods: number,
  periodMinutes: number,
  calendar: WorkingCalendar,
): DateTime {
  checkPeriod(periodMinutes, 'dateAfterPeriods');
  if (!(periods >= 0) || !Number.isFinite(periods)) {
    throw new RangeError(`dateAfterPeriods: periods must be a finite number ≥ 0 (got ${periods})`);
  }
  if (periods === 0) return from;
  const index = Math.ceil(periods) - 1;
  const share = periods - index;
  const start = (from + index * periodMinutes) as DateTime;
  const working = calendar.workingBetween(start, (start + periodMinutes) as DateTime);
  if (working <= 0) return Math.round(start + share * periodMinutes) as DateTime;
  return calendar.addWorking(start, Math.round(share * working));
}
