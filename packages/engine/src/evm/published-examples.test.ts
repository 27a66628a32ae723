/**
 * Earned value against worked examples published outside this project: an exam-preparation text,
 * Microsoft Project's own field reference and NASA's EVM tutorial (no numeric example of a PMI, ISO
 * or ANSI standard, nor of the GAO guide, could be read past its opening pages).
 * Every amount, percentage and expected figure is quoted from the source named above its test;
 * where a source speaks of "days" without dates, the days are placed on the Standard calendar and
 * the comment says so. Money is in minor units (cents), so a source's $1,000 is 100_000 here.
 *
 * Where a source rounds (or truncates) a ratio, the test compares to that rounding and says so.
 * Where a source's figure is itself computed from a rounded ratio, the tolerance is the error that
 * rounding introduces, and the engine's unrounded value is pinned too.
 *
 * Earned schedule's published numeric examples (an AFIT thesis table, the MPUG article) are in
 * earned-schedule-published.test.ts; Lipke's symbolic example in earned-schedule-concept.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { compileCalendars } from '../calendar/compile-calendars';
import { standardCalendar } from '../calendar/standard-calendar';
import type { WorkingCalendar } from '../calendar/working-calendar.types';
import { type DateTime, parseDateTime } from '../model/time';
import type { EvmIndicators, EvmTaskInput } from './evm.types';
import { evmIndicators } from './performance';
import { projectEvm } from './project-evm';
import { taskEarnedValue, taskPlannedValue } from './task-value';

// Microsoft Project's Standard calendar: Monday–Friday 08:00–12:00 and 13:00–17:00.
const calendar = compileCalendars([standardCalendar()]).get('standard') as WorkingCalendar;

/** `value` rounded half away from zero to `places` decimals, as a printed table shows it. */
function rounded(value: number | null, places: number): number {
  if (value === null) throw new Error('expected a ratio, got null (zero denominator)');
  const scale = 10 ** places;
  return Math.sign(value) * (Math.round(Math.abs(value) * scale) / scale);
}

/**
 * Runs `check` on the indicators of the stated totals, filling each total the source does not state
 * (PV, BAC) with several values: the published figure must not depend on what the source left out.
 */
function forEveryUnstatedTotal(
  stated: { readonly ev: number; readonly ac: number; readonly pv?: number; readonly bac?: number },
  check: (result: EvmIndicators) => void,
): void {
  const pvs = stated.pv === undefined ? [0, stated.ev, 2 * stated.ev] : [stated.pv];
  const bacs = stated.bac === undefined ? [stated.ev, 2 * stated.ev, 4 * stated.ev] : [stated.bac];
  for (const pv of pvs) {
    for (const bac of bacs) check(evmIndicators({ pv, ev: stated.ev, ac: stated.ac, bac }));
  }
}

/*
 * Source: "Earned Value Exercise", worked example attributed on the page to "PMP Exam Prep, P-210"
 * (the exam-preparation text; the page names neither author nor edition), as transcribed at
 * https://studylib.net/doc/5898152/earned-value-exercise
 *
 * Quoted problem: "You have a project to build a new fence. The fence is four sided. Each side is
 * to take one day to build and is budgeted for $1,000 per side. The sides are planned to be
 * completed one after the other. Today is the end of day three." Status: side 1 "Complete, spent
 * $1,000"; side 2 "Complete, spent $1,200"; side 3 "50% done, spent $600"; side 4 "Not yet started".
 *
 * Quoted answers: PV 3,000; EV 2,500; AC 2,800; BAC 4,000; CV -300; CPI .893; SV -500; SPI .833;
 * EAC "4,000 / .893" = 4,479 (printed "4.479"); ETC 4,479 - 2,800 = 1,679; VAC 4,000 - 4,479 = -479.
 *
 * The source's EAC divides by the CPI already rounded to .893. The exact EAC is
 * 4,000 / (2,500 / 2,800) = 4,480; rounding CPI to three decimals moves BAC / CPI by at most
 * BAC × 0.0005 / CPI² ≈ $2.51, so EAC, ETC and VAC are compared with that tolerance.
 */
describe('the four-sided fence (PMP Exam Prep, p. 210)', () => {
  const side = (n: number, day: string, percentComplete: number, spent: number): EvmTaskInput => ({
    id: `side ${n}`,
    budget: 100_000, // $1,000 per side
    baselineStart: parseDateTime(`${day}T08:00`),
    baselineFinish: parseDateTime(`${day}T17:00`),
    percentComplete,
    actualCost: spent,
  });
  // "one day" each, "one after the other": Monday 2 March 2026 to Thursday 5 March 2026
  const fence = [
    side(1, '2026-03-02', 100, 100_000),
    side(2, '2026-03-03', 100, 120_000),
    side(3, '2026-03-04', 50, 60_000),
    side(4, '2026-03-05', 0, 0),
  ];
  // "Today is the end of day three"
  const result = projectEvm(fence, {
    statusDate: parseDateTime('2026-03-04T17:00'),
    method: 'physical',
    calendar,
  });
  const cpiRoundingError = (result.bac * 0.0005) / 0.893 ** 2;

  it('measures PV, EV, AC and BAC from the four sides as the source does', () => {
    expect(result.pv).toBeCloseTo(300_000, 6); // 1,000 + 1,000 + 1,000
    expect(result.ev).toBe(250_000); // 1,000 + 1,000 + 500
    expect(result.ac).toBe(280_000); // 1,000 + 1,200 + 600
    expect(result.bac).toBe(400_000);
  });

  it('gives the published variances and indices (indices to the source’s three decimals)', () => {
    expect(result.cv).toBe(-30_000);
    expect(result.sv).toBeCloseTo(-50_000, 6);
    expect(rounded(result.cpi, 3)).toBe(0.893);
    expect(rounded(result.spi, 3)).toBe(0.833);
  });

  it('gives the published EAC, ETC and VAC within the error of the source’s rounded CPI', () => {
    expect(Math.abs((result.eac.cpi ?? Number.NaN) - 447_900)).toBeLessThanOrEqual(cpiRoundingError);
    expect(Math.abs((result.etc ?? Number.NaN) - 167_900)).toBeLessThanOrEqual(cpiRoundingError);
    expect(Math.abs((result.vac ?? Number.NaN) - -47_900)).toBeLessThanOrEqual(cpiRoundingError);
    // the engine's unrounded values: BAC × AC / EV = 4,480; 4,480 − 2,800; 4,000 − 4,480
    expect(result.eac.cpi).toBeCloseTo(448_000, 6);
    expect(result.etc).toBeCloseTo(168_000, 6);
    expect(result.vac).toBeCloseTo(-48_000, 6);
  });
});

/*
 * Source: Microsoft, "SPI fields", Microsoft Project help,
 * https://support.microsoft.com/en-gb/office/spi-fields-d2f8cf9b-f7e6-4cdd-87d6-e5cbd27e0421
 * Quoted example (SPI task field): "You have a four-day task, and its total planned budget is $100.
 * After two days, the budgeted cost of work scheduled (BCWS) is $50. However, after two days of
 * actual work, 60 percent of the work has been completed, for a cost of $60. The SPI is 1.2,
 * indicating that you're ahead of schedule."
 *
 * Source: Microsoft, "Applying earned value analysis to your project" (applies to Microsoft Office
 * Project 2003), as copied at
 * https://www.scribd.com/document/159172852/Applying-Earned-Value-Analysis-to-Your-Project
 * Quoted: "the total planned budget for a 4-day task is $100 and it starts on a Monday. If the
 * status date is set to the following Wednesday, the BCWS is $75." and "if after 2 days 60%
 * percent of the work on a task has been completed, you might expect to have spent 60 percent of
 * the total task budget, or $60."
 *
 * The four working days are placed Monday 08:00 to Thursday 17:00 on the Standard calendar; "after
 * two days" is Tuesday 17:00, and the status date Wednesday is read as the end of its working day
 * (17:00), which is what the source's $75 (three days of four) implies.
 */
describe('the four-day $100 task (Microsoft Project help)', () => {
  const task: EvmTaskInput = {
    id: 'four-day task',
    budget: 10_000,
    baselineStart: parseDateTime('2026-03-02T08:00'),
    baselineFinish: parseDateTime('2026-03-05T17:00'),
    percentComplete: 60,
    actualCost: 6_000,
  };

  it('plans $50 after two days and $75 at a Wednesday status date (BCWS)', () => {
    expect(taskPlannedValue(task, parseDateTime('2026-03-03T17:00'), calendar)).toBeCloseTo(5_000, 9);
    expect(taskPlannedValue(task, parseDateTime('2026-03-04T17:00'), calendar)).toBeCloseTo(7_500, 9);
  });

  it('earns $60 at 60 percent complete (BCWP), by % complete as Project does', () => {
    expect(taskEarnedValue(task, 'duration')).toBe(6_000);
  });

  it('has an SPI of 1.2 after two days', () => {
    const result = projectEvm([task], { statusDate: parseDateTime('2026-03-03T17:00'), calendar });
    expect(result.spi).toBeCloseTo(1.2, 12);
  });
});

/*
 * Source: Microsoft, "CPI fields", Microsoft Project help,
 * https://support.office.com/en-us/article/CPI-fields-d6d4d113-a5c6-4bb1-a70c-db7afb230aae
 * Quoted example (CPI task field): "You expected that after two days, 50 percent of a four-day task
 * would cost $60, the BCWP. This task actually incurs a total cost of $70 for the first two days.
 * The task's CPI is about .85, or 85 percent."
 *
 * 60 / 70 = 0.857…; the source's "about .85" cuts it to two decimals (rounding would give .86),
 * so the test checks the truncated value. Neither PV nor BAC is stated; CPI needs neither.
 */
describe('CPI of a task that cost $70 for $60 of work (Microsoft Project help)', () => {
  it('is "about .85" (two decimals, truncated as the source prints it)', () => {
    forEveryUnstatedTotal({ ev: 6_000, ac: 7_000 }, ({ cpi }) => {
      expect(Math.trunc((cpi ?? Number.NaN) * 100) / 100).toBe(0.85);
    });
  });
});

/*
 * Source: Microsoft, "CV fields", Microsoft Project help,
 * https://support.office.com/en-ie/article/cv-fields-1ad70d06-e8fb-4759-92ef-c1c83cb5e567
 * Quoted example (CV task field): "Your BCWP for an assignment is $500 and your ACWP is $400. Your
 * CV is $100, meaning you're $100 under budget."
 */
describe('cost variance of $500 earned for $400 spent (Microsoft Project help)', () => {
  it('is +$100', () => {
    forEveryUnstatedTotal({ ev: 50_000, ac: 40_000 }, ({ cv }) => expect(cv).toBe(10_000));
  });
});

/*
 * Source: Microsoft, "SV fields", Microsoft Project help,
 * https://support.microsoft.com/en-us/office/sv-fields-c4417aae-58f6-4a87-9ce8-4ad069012347
 * Quoted example (SV task field): "The baseline plan for the "Write proposal" task had the task
 * scheduled to complete 50 hours of work (at a cost of $500) by June 1. However, on June 1, the
 * percent complete on the task was only 80 percent. The BCWP for this task is $400 (80 percent of
 * $500). The BCWS is $500. Therefore, the SV is -$100".
 */
describe('"Write proposal" at 80 percent on its planned finish (Microsoft Project help)', () => {
  it('earns $400 of $500 and has an SV of -$100', () => {
    const writeProposal: EvmTaskInput = {
      id: 'Write proposal',
      budget: 50_000,
      // the source gives no start; any baseline that finishes by June 1 plans the whole $500 then
      baselineStart: parseDateTime('2026-05-25T08:00'),
      baselineFinish: parseDateTime('2026-06-01T17:00'),
      percentComplete: 80,
      actualCost: 0,
    };
    const june1 = parseDateTime('2026-06-01T17:00');
    const bcwp = taskEarnedValue(writeProposal, 'duration');
    const bcws = taskPlannedValue(writeProposal, june1, calendar);
    expect(bcwp).toBe(40_000);
    expect(bcws).toBe(50_000);
    expect(evmIndicators({ pv: bcws, ev: bcwp, ac: 0, bac: 50_000 }).sv).toBe(-10_000);
  });
});

/*
 * Source: Microsoft, "TCPI (task field)", Microsoft Project help,
 * https://support.office.com/en-us/article/tcpi-task-field-c836b125-b7c4-4803-872c-b2cbc8fa8f1e
 * Quoted: "TCPI = (BAC - BCWP) / (BAC - ACWP)" and the example "You have a task with a baseline
 * cost (BAC) of $200, BCWP of $125, and ACWP of $150. The TCPI is 1.5".
 */
describe('TCPI of a $200 task with $125 earned for $150 spent (Microsoft Project help)', () => {
  it('is 1.5 against the BAC', () => {
    forEveryUnstatedTotal({ ev: 12_500, ac: 15_000, bac: 20_000 }, ({ tcpiBac }) => {
      expect(tcpiBac).toBeCloseTo(1.5, 12);
    });
  });
});

/*
 * Source: Microsoft, "VAC fields", Microsoft Project help,
 * https://support.office.com/en-us/article/vac-fields-6306c128-1fc7-4a59-8ca4-ad186ed748fa
 * Quoted example (VAC task field): "The budgeted cost for a task is $500 because you had originally
 * estimated that it would take the assigned $50-per-hour resource 10 hours to complete. If the
 * resource takes only five hours to complete the task, the budgeted cost is $500 and the estimated
 * cost is updated to $250. Therefore, the VAC shows $250".
 * Project's EAC (task field, https://support.microsoft.com/en-us/office/eac-task-field-c239ab92-01e6-4186-bc0a-a745eaaf23a7)
 * is "EAC = ACWP + (Baseline cost X - BCWP) / CPI", equal to BAC / CPI.
 *
 * The task is complete (100 percent, so BCWP = $500) after five hours at $50 (ACWP = $250).
 */
describe('a $500 task finished in half its hours (Microsoft Project help)', () => {
  it('has an EAC of $250 and a VAC of +$250', () => {
    const finished: EvmTaskInput = {
      id: 'half the hours',
      budget: 50_000,
      // "10 hours": Monday 08:00 to Tuesday 12:00 on the Standard calendar (no PV is asked of it)
      baselineStart: parseDateTime('2026-03-02T08:00'),
      baselineFinish: parseDateTime('2026-03-03T12:00'),
      percentComplete: 100,
      actualCost: 5 * 5_000,
    };
    const ev = taskEarnedValue(finished, 'duration');
    expect(ev).toBe(50_000);
    forEveryUnstatedTotal({ ev, ac: finished.actualCost, bac: 50_000 }, (result) => {
      expect(result.eac.cpi).toBeCloseTo(25_000, 9);
      expect(result.vac).toBeCloseTo(25_000, 9);
      // Project's form of the formula, ACWP + (BAC − BCWP) / CPI, agrees
      expect(result.ac + (result.bac - result.ev) / (result.cpi ?? Number.NaN)).toBeCloseTo(25_000, 9);
    });
  });
});

/*
 * Source: NASA, "NASA EVM Tutorial" (NASA's earned value management site),
 * https://www.nasa.gov/evm/tutorial, concluded at http://evm.nasa.gov/tutorialb.html
 * Figures: a task of $240k over 24 months; at month 12 ("time-now") PV $100k, "41.6%" of the
 * budget, EV $60k, SV ($40k), AC $110k, CV ($50k).
 *
 * The source draws its plan as a curve and states only its value at month 12, so the test builds
 * two different plans that both reach $100k at month 12 (months as four-week periods from Monday
 * 5 January 2026): the figures must not depend on the shape the source leaves out. 100 / 240 is
 * 41.67 %; the source's "41.6%" cuts it to one decimal.
 */
describe('the $240k, 24-month task at month 12 (NASA EVM Tutorial)', () => {
  const from = parseDateTime('2026-01-05T00:00');
  const fourWeeks = 28 * 1440;
  /** A work package planned over months first..last (Monday 08:00 to Friday 17:00). */
  const wp = (id: string, budget: number, first: number, last: number) => ({
    id,
    budget,
    baselineStart: from + (first - 1) * fourWeeks + 8 * 60,
    baselineFinish: from + (last - 1) * fourWeeks + 25 * 1440 + 17 * 60,
  });
  const plans = [
    [wp('first year', 10_000_000, 1, 12), wp('second year', 14_000_000, 13, 24)],
    [wp('months 1-6', 4_000_000, 1, 6), wp('months 7-12', 6_000_000, 7, 12), wp('rest', 14_000_000, 13, 24)],
  ];
  const monthTwelve = parseDateTime('2026-12-04T17:00');

  it.each(plans.map((plan, i) => [i + 1, plan] as const))(
    'gives PV $100k, SV ($40k) and CV ($50k) for $60k earned at $110k (plan %i)',
    (_, plan) => {
      // the $60k earned is credited to the packages in plan order, the $110k spent in proportion
      let left = 6_000_000;
      const tasks: EvmTaskInput[] = plan.map((p) => {
        const earned = Math.min(p.budget, left);
        left -= earned;
        return {
          ...p,
          baselineStart: p.baselineStart as DateTime,
          baselineFinish: p.baselineFinish as DateTime,
          percentComplete: (earned / p.budget) * 100,
          actualCost: (11_000_000 * earned) / 6_000_000,
        };
      });
      const result = projectEvm(tasks, { statusDate: monthTwelve, method: 'physical', calendar });
      expect(result.bac).toBe(24_000_000);
      expect(result.pv).toBeCloseTo(10_000_000, 6);
      expect(Math.trunc((result.pv / result.bac) * 1000) / 10).toBe(41.6);
      expect(result.ev).toBeCloseTo(6_000_000, 6);
      expect(result.ac).toBeCloseTo(11_000_000, 6);
      expect(result.sv).toBeCloseTo(-4_000_000, 6);
      expect(result.cv).toBeCloseTo(-5_000_000, 6);
      // hand-computed: SPI = 60 / 100; CPI = 60 / 110; EAC = BAC / CPI = 240 × 110 / 60 = $440k
      expect(result.spi).toBeCloseTo(0.6, 12);
      expect(result.cpi).toBeCloseTo(60 / 110, 12);
      expect(result.eac.cpi).toBeCloseTo(44_000_000, 4);
    },
  );
});
