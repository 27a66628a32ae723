import type { EarnedValue, EvMethod } from '@tandem/api';
import {
  compileCalendars,
  type DateTime,
  dateAfterPeriods,
  dayOfWeek,
  type EvmTaskInput,
  earnedSchedule,
  formatDateTime,
  parseDateTime,
  periodsElapsed,
  plannedValueSeries,
  projectEvm,
  rateAt,
  startOfDay,
} from '@tandem/engine';
import type { Kysely } from 'kysely';
import { listBaseline } from '../baselines/baselines.repository';
import type { Database } from '../db/database.types';
import type { ProjectRow } from '../projects/projects.repository';
import type { CostContext } from './cost-context';

const WEEK = 7 * 1440;

/**
 * Earned value of a project at a status date: each leaf task is a work package whose budget is its
 * budget override or planned cost, planned over baseline 0 (or the current schedule when no
 * baseline is set), earned by the project's percent-complete method, and charged its actual cost.
 * Weekly periods start on the Monday of the first planned week (for the S-curve and earned schedule).
 */
export async function computeEarnedValue(
  db: Kysely<Database>,
  project: ProjectRow,
  context: CostContext,
  options: { statusDate: DateTime; method: EvMethod; currency: string },
): Promise<EarnedValue> {
  const calendar = compileCalendars(context.input.calendars).get(context.input.settings.calendarId);
  if (!calendar) throw new Error(`project ${project.id}: its calendar is not defined`);
  const baseline = await listBaseline(db, project.workspace_id, project.id, 0);
  const packages: EvmTaskInput[] = [];
  for (const { task, summary } of context.outline) {
    if (summary) continue;
    const saved = baseline.get(task.id);
    const costs = context.costs.get(task.id);
    packages.push({
      id: task.id,
      budget: context.taskCosts.get(task.id)?.budgetMinor ?? costs?.plannedCostMinor ?? 0,
      baselineStart: parseDateTime(saved?.start ?? task.start),
      baselineFinish: parseDateTime(saved?.finish ?? task.finish),
      percentComplete: task.percent_complete,
      actualCost: costs?.actualCostMinor ?? 0,
    });
  }
  const indicators = projectEvm(packages, {
    statusDate: options.statusDate,
    method: options.method,
    calendar,
  });
  const round = (value: number) => Math.round(value);
  const roundOrNull = (value: number | null) => (value === null ? null : Math.round(value));

  // weeks from the Monday on or before the first planned start
  const firstStart = packages.reduce((min, p) => Math.min(min, p.baselineStart), Number.POSITIVE_INFINITY);
  let from: DateTime | null = null;
  let series: EarnedValue['series'] = [];
  let schedule: EarnedValue['earnedSchedule'] = null;
  if (Number.isFinite(firstStart)) {
    const day = startOfDay(firstStart as DateTime);
    from = (day - ((dayOfWeek(day) + 6) % 7) * 1440) as DateTime;
    const pv = plannedValueSeries(packages, from, WEEK, calendar);
    const acByWeek = timesheetCostByWeek(context, from, pv.length);
    let acRunning = 0;
    series = pv.map((value, i) => {
      const periodEnd = (from as number) + (i + 1) * WEEK;
      acRunning += acByWeek[i] ?? 0;
      const started = periodEnd - WEEK < options.statusDate;
      const containsStatus = started && periodEnd >= options.statusDate;
      return {
        periodEnd: formatDateTime(periodEnd as DateTime),
        pv: round(value),
        // the week of the status date shows the whole actual cost (fixed costs accrue with progress)
        ac: containsStatus ? round(indicators.ac) : started ? round(acRunning) : null,
      };
    });
    if (pv.length > 0 && pv[pv.length - 1] > 0) {
      // AT on the working calendar, as the PV accrues: a Friday-evening status date is a whole week
      const at = periodsElapsed(from, options.statusDate, WEEK, calendar);
      const es = earnedSchedule(pv, indicators.ev, at);
      schedule = {
        es: es.es,
        at: es.at,
        svt: es.svt,
        spit: es.spit,
        plannedDuration: es.plannedDuration,
        ieact: es.ieact,
        tspi: es.tspi,
        forecastFinish:
          es.ieact === null ? null : formatDateTime(dateAfterPeriods(from, es.ieact, WEEK, calendar)),
      };
    }
  }
  return {
    statusDate: formatDateTime(options.statusDate),
    method: options.method,
    currency: options.currency,
    baseline: baseline.size > 0 ? 'baseline' : 'current-schedule',
    pv: round(indicators.pv),
    ev: round(indicators.ev),
    ac: round(indicators.ac),
    bac: round(indicators.bac),
    sv: round(indicators.sv),
    cv: round(indicators.cv),
    spi: indicators.spi,
    cpi: indicators.cpi,
    eac: {
      cpi: roundOrNull(indicators.eac.cpi),
      atypical: round(indicators.eac.atypical),
      cpiTimesSpi: roundOrNull(indicators.eac.cpiTimesSpi),
      bottomUp: roundOrNull(indicators.eac.bottomUp),
    },
    etc: roundOrNull(indicators.etc),
    vac: roundOrNull(indicators.vac),
    tcpiBac: indicators.tcpiBac,
    tcpiEac: indicators.tcpiEac,
    earnedSchedule: schedule,
    series,
  };
}

/** Approved timesheet cost per week (minor units), week 0 starting at `from`. */
function timesheetCostByWeek(context: CostContext, from: DateTime, weeks: number): number[] {
  const out = new Array<number>(weeks).fill(0);
  for (const entry of context.approved) {
    const day = parseDateTime(`${entry.work_date}T00:00`);
    const week = Math.floor((day - from) / WEEK);
    if (week < 0 || week >= weeks) continue;
    const resource = context.timesheetResources.get(entry.resource_id);
    const rate = resource && resource.type === 'work' ? rateAt(resource.rates, day) : null;
    if (rate) out[week] += Math.round((entry.minutes / 60) * rate.standardRate);
  }
  return out;
}
