/**
 * Earned schedule against numeric worked examples published outside this project. Each test builds
 * the plan its source describes as work packages on Microsoft Project's Standard calendar, lets the
 * engine derive the cumulative PV per period (plannedValueSeries), the EV and AC (projectEvm) and
 * the actual time (periodsElapsed), and compares the engine's ES, SV(t), SPI(t) and the cost-based
 * indicators with the figures the source prints, to the source's own decimals. Figures the source
 * does not print are marked "hand-computed" with the arithmetic beside them.
 *
 * The sources count in months. The engine's PV series takes a fixed period, so a "month" here is a
 * four-week accounting period (20 working days on the Standard calendar, as in a 13-period year):
 * earned schedule only reads the cumulative PV at each period end, which this reproduces exactly.
 * Money is in minor units (cents).
 */
import { describe, expect, it } from 'vitest';
import { compileCalendars } from '../calendar/compile-calendars';
import { standardCalendar } from '../calendar/standard-calendar';
import type { WorkingCalendar } from '../calendar/working-calendar.types';
import { type DateTime, formatDateTime, parseDateTime } from '../model/time';
import { earnedSchedule } from './earned-schedule';
import { dateAfterPeriods, periodsElapsed } from './earned-schedule-time';
import type { EvmTaskInput } from './evm.types';
import { plannedValueSeries, projectEvm } from './project-evm';

const calendar = compileCalendars([standardCalendar()]).get('standard') as WorkingCalendar;
const DAY = 1440;
const PERIOD = 28 * DAY;
/** Period 1 starts on Monday 5 January 2026. */
const FROM = parseDateTime('2026-01-05T00:00');

/** The close of the last working day of period `k` (Friday 17:00 of its fourth week). */
function endOfPeriod(k: number): DateTime {
  return (FROM + (k - 1) * PERIOD + 25 * DAY + 17 * 60) as DateTime;
}

/**
 * One work package per budget, package k planned over the working days of period k (Monday 08:00
 * of its first week to Friday 17:00 of its fourth), carrying its share of the cumulative EV and AC.
 * The sources give EV and AC for the whole project only: EV is credited to the packages in plan
 * order (each filled before the next earns) and AC is shared in proportion to EV, which leaves
 * every project total exactly as printed.
 */
function packages(budgets: readonly number[], ev: number, ac: number): EvmTaskInput[] {
  let left = ev;
  return budgets.map((budget, i) => {
    const earned = Math.min(budget, Math.max(0, left));
    left -= earned;
    return {
      id: `package ${i + 1}`,
      budget,
      baselineStart: (FROM + i * PERIOD + 8 * 60) as DateTime,
      baselineFinish: endOfPeriod(i + 1),
      percentComplete: (earned / budget) * 100,
      actualCost: ev === 0 ? 0 : (ac * earned) / ev,
    };
  });
}

/** `actual` equals a figure printed with `decimals` decimals, to within that rounding. */
function expectPrinted(actual: number | null, printed: number, decimals: number): void {
  if (actual === null) throw new Error(`expected ${printed}, got null`);
  expect(Math.abs(actual - printed)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
}

/*
 * Source: Kevin T. Crumrine, Captain, USAF, "A Comparison of Earned Value Management and Earned
 * Schedule as Schedule Predictors on DoD ACAT I Programs", master's thesis AFIT-ENV-13-M-36, Air
 * Force Institute of Technology, March 2013 (approved for public release), addendum "Corrected
 * Table 4: Earned Schedule Data for a Typical Program (cumulative)", read in the transcription at
 * https://doczz.net/doc/3437917/master-s-thesis
 *
 * Quoted figures, January to July:
 *   BCWS ($)  200    400    600    800    1000   1000   1000
 *   BCWP ($)  192    367    561    747    902    977    1000
 *   ACWP ($)  203    391    599    804    986    1045   1112
 *   ES        .96    1.835  2.805  3.735  4.51   4.885  5.00
 *   SV(t)     -0.4   -.165  -.195  -.265  -.49   -1.115 -2.00
 *   SPI(t)    .96    .9175  .935   .934   .902   .814   .714
 *
 * The plan is five $200 packages, one a month, finishing in May (PD = 5); the work finishes in July.
 *
 * The source's January SV(t) is a misprint: ES − AT = 0.96 − 1 = −0.04, and the source's own
 * January SPI(t) of .96 = ES / AT confirms AT = 1 and ES = 0.96. The test holds the engine to −0.04.
 */
describe('Earned schedule of a typical program (Crumrine, AFIT 2013, corrected table 4)', () => {
  const budgets = [20_000, 20_000, 20_000, 20_000, 20_000];
  const bcwp = [19_200, 36_700, 56_100, 74_700, 90_200, 97_700, 100_000];
  const acwp = [20_300, 39_100, 59_900, 80_400, 98_600, 104_500, 111_200];
  const printedEs = [0.96, 1.835, 2.805, 3.735, 4.51, 4.885, 5.0];
  const printedSvt: Array<[number, number]> = [
    [-0.04, 2], // printed "-0.4", a misprint (see above)
    [-0.165, 3],
    [-0.195, 3],
    [-0.265, 3],
    [-0.49, 2],
    [-1.115, 3],
    [-2.0, 2],
  ];
  const printedSpit: Array<[number, number]> = [
    [0.96, 2],
    [0.9175, 4],
    [0.935, 3],
    [0.934, 3],
    [0.902, 3],
    [0.814, 3],
    [0.714, 3],
  ];
  const months = bcwp.map((ev, i) => {
    const tasks = packages(budgets, ev, acwp[i]);
    const statusDate = endOfPeriod(i + 1);
    const pv = plannedValueSeries(tasks, FROM, PERIOD, calendar);
    const indicators = projectEvm(tasks, { statusDate, method: 'physical', calendar });
    const at = periodsElapsed(FROM, statusDate, PERIOD, calendar);
    return { statusDate, pv, indicators, schedule: earnedSchedule(pv, indicators.ev, at) };
  });

  it('plans the published BCWS: $200 a month to $1,000 in May', () => {
    expect(months[0].pv).toEqual([20_000, 40_000, 60_000, 80_000, 100_000]);
    expect(months.map((m) => m.indicators.pv)).toEqual([
      20_000, 40_000, 60_000, 80_000, 100_000, 100_000, 100_000,
    ]);
  });

  it('measures the published BCWP and ACWP, and AT as 1 to 7 months at each month end', () => {
    months.forEach((m, i) => {
      expect(m.indicators.ev).toBeCloseTo(bcwp[i], 6);
      expect(m.indicators.ac).toBeCloseTo(acwp[i], 6);
      expect(m.schedule.at).toBe(i + 1);
      expect(m.schedule.plannedDuration).toBe(5);
    });
  });

  it('gives the published ES, SV(t) and SPI(t) every month', () => {
    months.forEach((m, i) => {
      expectPrinted(m.schedule.es, printedEs[i], 3);
      expectPrinted(m.schedule.svt, ...printedSvt[i]);
      expectPrinted(m.schedule.spit, ...printedSpit[i]);
    });
  });

  it('shows the cost-based quirk the table illustrates: SV($) = 0 and SPI($) = 1 in July, SV(t) = −2', () => {
    const july = months[6];
    expect(july.indicators.sv).toBeCloseTo(0, 9);
    expect(july.indicators.spi).toBeCloseTo(1, 12);
    expect(july.schedule.svt).toBeCloseTo(-2, 12);
  });

  it('forecasts the duration by IEAC(t) = PD / SPI(t) and the TSPI (hand-computed from the table)', () => {
    // January: 5 / (0.96 / 1) = 5.2083 months
    expect(months[0].schedule.ieact).toBeCloseTo(5 / 0.96, 9);
    // April: TSPI = (PD − ES) / (PD − AT) = (5 − 3.735) / (5 − 4) = 1.265
    expect(months[3].schedule.tspi).toBeCloseTo(1.265, 9);
    // from May on AT ≥ PD: no efficiency finishes within the planned duration
    expect(months[4].schedule.tspi).toBeNull();
    // July, complete: IEAC(t) = 5 / (5 / 7) = 7 months, the actual duration; its date is the
    // close of July's last working day, the day the work finished
    expect(months[6].schedule.ieact).toBeCloseTo(7, 12);
    const finish = dateAfterPeriods(FROM, months[6].schedule.ieact ?? Number.NaN, PERIOD, calendar);
    expect(formatDateTime(finish)).toBe(formatDateTime(months[6].statusDate));
  });

  it('gives the cost indices of the same figures (hand-computed: CPI = BCWP / ACWP)', () => {
    expect(months[0].indicators.cpi).toBeCloseTo(192 / 203, 12);
    // July: the work is done at $1,112, so the CPI-based EAC is the actual cost
    expect(months[6].indicators.cpi).toBeCloseTo(1000 / 1112, 12);
    expect(months[6].indicators.eac.cpi).toBeCloseTo(111_200, 6);
    expect(months[6].indicators.vac).toBeCloseTo(-11_200, 6);
  });
});

/*
 * Source: Satya Narayan Dash, "Earned Schedule Management (ESM)", MPUG (Microsoft Project User
 * Group), https://mpug.com/articles/earned-schedule-management-esm (also republished on the
 * author's site, https://www.managementyogi.com/2021/11/earned-schedule-managementesm-with-ms-project.html,
 * 11 November 2021). Only the article's opening could be read. Its figures: 10 modules at
 * US$100,000 each; planned 10 months; actual 12 months and US$1.3M; at the finish SV US$0.0M and
 * SPI 1.0; two months behind schedule; cost overrun US$0.3 million; BAC $1,000,000; PV $1M.
 *
 * The opening does not say how the modules are spread; they are planned one a month, one after the
 * other. At completion ES is the planned duration whatever the spread, so the figures hold for any.
 */
describe('Ten $100,000 modules planned over 10 months, finished in 12 (MPUG, Earned Schedule Management)', () => {
  const budgets = new Array<number>(10).fill(10_000_000);
  const tasks = packages(budgets, 100_000_000, 130_000_000);
  const statusDate = endOfPeriod(12);
  const indicators = projectEvm(tasks, { statusDate, method: 'physical', calendar });
  const pv = plannedValueSeries(tasks, FROM, PERIOD, calendar);
  const schedule = earnedSchedule(pv, indicators.ev, periodsElapsed(FROM, statusDate, PERIOD, calendar));

  it('has the published BAC, PV, SV of $0.0M, SPI of 1.0 and cost overrun of $0.3M at the finish', () => {
    expect(indicators.bac).toBe(100_000_000);
    expect(indicators.pv).toBeCloseTo(100_000_000, 6);
    expect(indicators.sv).toBeCloseTo(0, 6);
    expect(indicators.spi).toBeCloseTo(1, 12);
    expect(indicators.cv).toBeCloseTo(-30_000_000, 6);
  });

  it('is "two months behind schedule" by earned schedule: SV(t) = 10 − 12', () => {
    expect(schedule.plannedDuration).toBe(10);
    expect(schedule.es).toBe(10);
    expect(schedule.at).toBe(12);
    expect(schedule.svt).toBe(-2);
    // hand-computed: SPI(t) = 10 / 12 and IEAC(t) = 10 / (10 / 12) = 12 months, the actual duration
    expect(schedule.spit).toBeCloseTo(10 / 12, 12);
    expect(schedule.ieact).toBeCloseTo(12, 12);
  });
});

/*
 * Source: PM PrepCast forum, "Explanation" (PMP exam discussion, topic 9649),
 * https://www.project-management-prepcast.com/kunena/pmp-exam-discussion/9649-explanation
 * Figures of the question: planned 5 months; 3 months elapsed; half of the work done. Figures of
 * the answer: ES 2.5 months, AT 3.0 months, SV(t) -0.5 months, SPI(t) 0.83.
 *
 * The plan is one work package spread evenly over five months; the budget is not stated, and the
 * answer must not depend on it.
 */
describe('A five-month project half done after three months (PM PrepCast exam question)', () => {
  it.each([100_000, 2_500_000, 77_777])(
    'has ES = 2.5, SV(t) = −0.5 and SPI(t) = 0.83 (budget %i)',
    (budget) => {
      const task: EvmTaskInput = {
        id: 'the project',
        budget,
        baselineStart: (FROM + 8 * 60) as DateTime,
        baselineFinish: endOfPeriod(5),
        percentComplete: 50,
        actualCost: 0,
      };
      const statusDate = endOfPeriod(3);
      const pv = plannedValueSeries([task], FROM, PERIOD, calendar);
      const ev = projectEvm([task], { statusDate, method: 'physical', calendar }).ev;
      const schedule = earnedSchedule(pv, ev, periodsElapsed(FROM, statusDate, PERIOD, calendar));
      expect(schedule.es).toBeCloseTo(2.5, 9);
      expect(schedule.at).toBe(3);
      expect(schedule.svt).toBeCloseTo(-0.5, 9);
      expectPrinted(schedule.spit, 0.83, 2);
    },
  );
});
