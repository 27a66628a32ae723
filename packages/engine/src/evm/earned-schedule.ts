import type { EarnedScheduleResult } from './evm.types';

/**
 * Earned schedule (Lipke, "Schedule is Different", The Measurable News, 2003; PMI Practice
 * Standard for EVM, 2nd ed., appendix D): ES = C + (EV − PV_C) / (PV_{C+1} − PV_C), where C is the
 * number of whole periods whose cumulative PV the EV has reached.
 * @param cumulativePv cumulative planned value at the end of period 1, 2, … (minor units,
 *   non-decreasing; PV at time 0 is 0). The last entry is the BAC.
 * @param ev cumulative earned value at the status date (minor units).
 * @param at actual time at the status date, in periods (may be fractional; periodsElapsed measures
 *   it on the working calendar, as the PV accrues).
 */
export function earnedSchedule(
  cumulativePv: readonly number[],
  ev: number,
  at: number,
): EarnedScheduleResult {
  if (cumulativePv.length === 0) throw new RangeError('earnedSchedule: the PV series is empty');
  for (let i = 0; i < cumulativePv.length; i += 1) {
    const previous = i === 0 ? 0 : cumulativePv[i - 1];
    if (!(cumulativePv[i] >= previous)) {
      throw new RangeError(`earnedSchedule: cumulative PV decreases at period ${i + 1}`);
    }
  }
  if (!(at >= 0) || !Number.isFinite(at)) {
    throw new RangeError(`earnedSchedule: actual time must be a finite number ≥ 0 (got ${at})`);
  }
  if (!(ev >= 0) || !Number.isFinite(ev)) {
    throw new RangeError(`earnedSchedule: earned value must be a finite amount ≥ 0 (got ${ev})`);
  }
  const bac = cumulativePv[cumulativePv.length - 1];
  // PD: the first period whose cumulative PV reaches the BAC
  const plannedDuration = cumulativePv.findIndex((pv) => pv >= bac) + 1;
  let c = 0;
  while (c < cumulativePv.length && cumulativePv[c] <= ev) c += 1;
  let es: number;
  if (c >= plannedDuration) {
    es = plannedDuration;
  } else {
    const pvC = c === 0 ? 0 : cumulativePv[c - 1];
    const pvNext = cumulativePv[c];
    es = c + (pvNext === pvC ? 0 : (ev - pvC) / (pvNext - pvC));
  }
  const spit = at === 0 ? null : es / at;
  return {
    es,
    at,
    svt: es - at,
    spit,
    plannedDuration,
    ieact: spit === null || spit === 0 ? null : plannedDuration / spit,
    tspi: toCompleteSchedulePerformanceIndex(es, at, plannedDuration),
  };
}

/**
 * To-complete schedule performance index (Lipke & Henderson, "Earned Schedule Training", EVA-11,
 * 2006, slide 24, https://yumpu.com/en/document/view/38186924/earned-schedule-training/24): TSPI(t) = (PD − ES) / (D − AT), the schedule efficiency the remaining
 * planned work needs to finish by the duration D: the planned duration PD, or an estimated duration
 * ED once PD has run out. Null when D − AT ≤ 0: no finite efficiency finishes within time already spent.
 * @param es earned schedule, periods.
 * @param at actual time, periods.
 * @param plannedDuration PD, periods.
 * @param duration D, periods from the start (default PD).
 */
export function toCompleteSchedulePerformanceIndex(
  es: number,
  at: number,
  plannedDuration: number,
  duration = plannedDuration,
): number | null {
  const left = duration - at;
  return left > 0 ? (plannedDuration - es) / left : null;
}

/**
 * Independent estimate of the duration at completion with a chosen performance factor (Lipke &
 * Henderson 2006): IEAC(t) = AT + (PD − ES) / PF(t), in periods. PF(t) = SPI(t) gives PD / SPI(t)
 * (the `ieact` of earnedSchedule); PF(t) = 1 assumes the rest goes to plan (AT + PD − ES).
 * @param performanceFactor the schedule efficiency expected of the remaining work (> 0).
 */
export function independentDurationEstimate(
  result: Pick<EarnedScheduleResult, 'es' | 'at' | 'plannedDuration'>,
  performanceFactor: number,
): number {
  if (!(performanceFactor > 0) || !Number.isFinite(performanceFactor)) {
    throw new RangeError(
      `independentDurationEstimate: the performance factor must be a positive number (got ${performanceFactor})`,
    );
  }
  return result.at + (result.plannedDuration - result.es) / performanceFactor;
}
