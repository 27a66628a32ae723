import type { Overallocation as OverallocationBody } from '@tandem/api';
import { formatDateTime, type Overallocation } from '@tandem/engine';

/** Engine units (1 = 100 %) as the API's percent, without binary-fraction noise (200.00000000000003). */
export function toPercent(units: number): number {
  return Math.round(units * 100_000) / 1000;
}

/** An overallocation as the API shows it: floating ISO dates, units in percent. */
export function presentOverallocation(over: Overallocation): OverallocationBody {
  return {
    resourceId: over.resourceId,
    from: formatDateTime(over.from),
    to: formatDateTime(over.to),
    peakUnits: toPercent(over.peakUnits),
    maxUnits: toPercent(over.maxUnits),
    taskIds: [...over.taskIds],
  };
}
