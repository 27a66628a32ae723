import type { EarnedValue, Risk, Simulation, Task, TaskQuality } from '@tandem/api';
import { parseFloatingDate } from '../../lib/format';

const DAY_MS = 86_400_000;

/** Green at or above 0.95, amber from 0.85, red below: how planners read SPI and CPI. */
export type Health = 'good' | 'watch' | 'poor' | 'unknown';

export function indexHealth(value: number | null): Health {
  if (value === null || !Number.isFinite(value)) return 'unknown';
  if (value >= 0.95) return 'good';
  return value >= 0.85 ? 'watch' : 'poor';
}

export const HEALTH_COLOR: Record<Health, string> = {
  good: 'teal',
  watch: 'yellow',
  poor: 'red',
  unknown: 'gray',
};
export const HEALTH_LABEL: Record<Health, string> = {
  good: 'On track',
  watch: 'Watch',
  poor: 'At risk',
  unknown: 'No data',
};

/** What the P80 finish is judged against, and where that date comes from. */
export interface FinishTarget {
  readonly date: string;
  readonly source: 'deadline' | 'baseline';
}

/**
 * The date the P80 finish is compared with: the simulation's deadline, else the latest task
 * deadline, else the baseline finish (latest baseline-0 finish); null when there is none.
 */
export function finishTarget(
  simulation: Simulation | null,
  tasks: readonly Task[],
  baselineFinish: string | null,
): FinishTarget | null {
  if (simulation?.deadline) return { date: simulation.deadline, source: 'deadline' };
  // ISO date-times sort as text: the last is the latest
  const latest = tasks
    .map((t) => t.deadline)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  if (latest) return { date: latest, source: 'deadline' };
  return baselineFinish ? { date: baselineFinish, source: 'baseline' } : null;
}

/** Calendar days `date` is after `target` (negative when before), rounded up to whole days. */
export function daysLate(date: string, target: string): number {
  const a = parseFloatingDate(date);
  const b = parseFloatingDate(target);
  if (!a || !b) throw new Error(`daysLate: unreadable date "${a ? target : date}"`);
  return Math.ceil((a.getTime() - b.getTime()) / DAY_MS);
}

/** The estimate at completion shown on the dashboard: CPI-based when CPI is known, else atypical. */
export function headlineEac(value: EarnedValue): { amount: number; formula: string } {
  return value.eac.cpi === null
    ? { amount: value.eac.atypical, formula: 'AC + (BAC − EV)' }
    : { amount: value.eac.cpi, formula: 'BAC / CPI' };
}

/** The risks still in play (not closed), highest score first, at most `limit`. */
export function topRisks(risks: readonly Risk[], limit: number): Risk[] {
  return risks
    .filter((risk) => risk.status !== 'closed')
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code, 'en', { numeric: true }))
    .slice(0, limit);
}

/** A gated milestone not yet complete whose gate does not yet let it complete. */
export interface GateDue {
  readonly task: Task;
  readonly blockers: readonly string[];
}

/** Gated milestones not yet satisfied and not complete, soonest first. */
export function gatesDue(tasks: readonly Task[], quality: ReadonlyMap<string, TaskQuality>): GateDue[] {
  return tasks
    .filter((task) => task.milestone && task.percentComplete < 100)
    .flatMap((task) => {
      const q = quality.get(task.id);
      return q?.gate && !q.satisfied ? [{ task, blockers: q.blockers }] : [];
    })
    .sort((a, b) => a.task.finish.localeCompare(b.task.finish));
}
