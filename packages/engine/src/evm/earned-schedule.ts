import type { EarnedScheduleResult } from './evm.types';

/**
 * Earned schedule (Lipke, "Schedule is Different", The Measurable News, 2003; PMI Practice
 * Standard for EVM, 2nd ed., appendix D): ES = C + (EV − PV_C) / (PV_{C+1} − PV_C), where C is the
 * number of whole periods whose cumulative PV the EV has reached.
 * @param cumulativePv cumulative planned value at the end of period 1, 2, … (minor units,
 *   non-decreasing; PV at time 0 is 0). The last entry is the BAC.
 * @param ev cumulative earned value at the status date (minor units).
 * @param at actual time at the status date, in periods (may be fractional).
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
  if (!(at >= 0)) throw new RangeError('earnedSchedule: actual time must be ≥ 0');
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
  };
}
