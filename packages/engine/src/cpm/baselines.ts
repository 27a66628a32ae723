import type { WorkingCalendar } from '../calendar/working-calendar.types';
import type { ProjectInput, RateEntry, TaskBaseline } from '../model/project.types';
import type { ScheduleResult } from '../model/schedule.types';

/** MS Project keeps "Baseline" (index 0) and "Baseline1" … "Baseline10". */
export const BASELINE_COUNT = 11;

export type BaselineSet = Readonly<Record<string, readonly TaskBaseline[]>>;

function checkIndex(index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= BASELINE_COUNT) {
    throw new RangeError(`baseline index must be 0–${BASELINE_COUNT - 1}, not ${index}`);
  }
}

function rateAt(rates: readonly RateEntry[] | undefined, at: number): RateEntry | null {
  let found: RateEntry | null = null;
  for (const rate of rates ?? []) {
    if (rate.from === null || rate.from <= at) {
      if (!found || (found.from ?? Number.NEGATIVE_INFINITY) <= (rate.from ?? Number.NEGATIVE_INFINITY))
        found = rate;
    }
  }
  return found;
}

/**
 * Cost of each task in minor currency units: its fixed cost plus, per assignment, the work
 * (hours for work resources, quantity for material ones) at the standard rate in effect at the
 * task's start, plus the cost per use. Summary tasks add up their children.
 */
export function taskCosts(project: ProjectInput, result: ScheduleResult): Map<string, number> {
  const startOf = new Map(result.tasks.map((t) => [t.id, t.start]));
  const resources = new Map((project.resources ?? []).map((r) => [r.id, r]));
  const costs = new Map<string, number>();
  for (const task of project.tasks) costs.set(task.id, task.fixedCost ?? 0);
  for (const a of project.assignments ?? []) {
    const resource = resources.get(a.resourceId);
    if (!resource || !costs.has(a.taskId)) continue;
    const rate = rateAt(resource.rates, startOf.get(a.taskId) ?? 0);
    if (!rate) continue;
    const quantity = resource.type === 'work' ? a.work / 60 : resource.type === 'material' ? a.work : 0;
    costs.set(a.taskId, costs.get(a.taskId)! + Math.round(quantity * rate.standardRate) + rate.costPerUse);
  }
  // Roll up: children after parents in outline order, so walk backwards.
  for (let i = project.tasks.length - 1; i >= 0; i--) {
    const task = project.tasks[i];
    if (task.parentId !== null && costs.has(task.parentId)) {
      costs.set(task.parentId, costs.get(task.parentId)! + costs.get(task.id)!);
    }
  }
  return costs;
}

/**
 * Saves the schedule as baseline `index` (0–10) of every task, replacing a baseline saved before
 * under that index and keeping the others. Costs (minor units) are saved when given.
 */
export function saveBaseline(
  result: ScheduleResult,
  index: number,
  existing: BaselineSet = {},
  costs?: ReadonlyMap<string, number>,
): BaselineSet {
  checkIndex(index);
  const saved: Record<string, readonly TaskBaseline[]> = { ...existing };
  for (const task of result.tasks) {
    const entry: TaskBaseline = {
      index,
      start: task.start,
      finish: task.finish,
      duration: task.duration,
      cost: costs?.get(task.id) ?? null,
    };
    saved[task.id] = [...(existing[task.id] ?? []).filter((b) => b.index !== index), entry].sort(
      (a, b) => a.index - b.index,
    );
  }
  return saved;
}

/** Current minus baseline, per task: dates and duration in working minutes, cost in minor units. */
export interface BaselineVariance {
  readonly taskId: string;
  readonly start: number | null;
  readonly finish: number | null;
  readonly duration: number | null;
  readonly cost: number | null;
}

/**
 * Variances against baseline `index`, measured in working minutes of `calendar` (MS Project uses
 * the project calendar): positive = later or longer than planned. Null where the baseline lacks
 * the value; tasks without that baseline are left out.
 */
export function baselineVariances(
  result: ScheduleResult,
  baselines: BaselineSet,
  index: number,
  calendar: WorkingCalendar,
  costs?: ReadonlyMap<string, number>,
): BaselineVariance[] {
  checkIndex(index);
  const variances: BaselineVariance[] = [];
  for (const task of result.tasks) {
    const baseline = baselines[task.id]?.find((b) => b.index === index);
    if (!baseline) continue;
    const cost = costs?.get(task.id);
    variances.push({
      taskId: task.id,
      start: baseline.start === null ? null : calendar.workingBetween(baseline.start, task.start),
      finish: baseline.finish === null ? null : calendar.workingBetween(baseline.finish, task.finish),
      duration: baseline.duration === null ? null : task.duration - baseline.duration,
      cost:
        cost === undefined || baseline.cost === null || baseline.cost === undefined
          ? null
          : cost - baseline.cost,
    });
  }
  return variances;
}
