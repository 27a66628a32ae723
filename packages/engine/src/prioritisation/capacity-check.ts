import type { WorkingCalendar } from '../calendar/working-calendar.types';
import { maxUnitsAt } from '../leveling/availability';
import type { AvailabilityPeriod } from '../model/project.types';
import type { DateTime, WorkMinutes } from '../model/time';

/** A member of the team whose time the ranking consumes. */
export interface CapacityResource {
  readonly id: string;
  readonly calendar: WorkingCalendar;
  /** Max units when no availability period applies (1 = full time). */
  readonly maxUnits: number;
  readonly availability?: readonly AvailabilityPeriod[];
}

/** A ranked feature: its remaining effort and, when linked to scheduled work, that work's forecast. */
export interface CapacityFeature {
  readonly id: string;
  /** Remaining effort in working minutes (person-minutes). */
  readonly effort: WorkMinutes;
  /**
   * Forecast finish of the linked project work (from the levelled schedule), when the feature is
   * linked: it ships by the date exactly when this forecast is on or before it.
   */
  readonly forecastFinish?: DateTime | null;
}

export type CapacityVerdict = 'fits' | 'scheduled-in-time' | 'scheduled-late' | 'over-capacity' | 'below-cut';

export interface CapacityCheckResult {
  /** Person-minutes the team has from `from` to `until`. */
  readonly capacity: WorkMinutes;
  /** Effort of the features above the cut line. */
  readonly committed: WorkMinutes;
  /** Index in the ranking of the first feature that does not ship (features.length if all do). */
  readonly cutIndex: number;
  readonly items: readonly {
    readonly id: string;
    readonly verdict: CapacityVerdict;
    /** Effort of this feature and every feature ranked above it that ships. */
    readonly cumulativeEffort: WorkMinutes;
    readonly ships: boolean;
  }[];
}

/**
 * Team capacity in person-minutes between two dates: each resource's working time on its calendar
 * times its max units, day by day so that availability changes are honoured.
 */
export function teamCapacity(
  resources: readonly CapacityResource[],
  from: DateTime,
  until: DateTime,
): WorkMinutes {
  if (until <= from) return 0;
  let total = 0;
  for (const resource of resources) {
    const asResource = { ...resource, name: resource.id, type: 'work' as const };
    // max units change at most at period boundaries; sum day by day (cheap: a year is 365 steps)
    for (let day = from; day < until; day += 1440) {
      const end = Math.min(until, day + 1440);
      const units = maxUnitsAt(asResource, day as DateTime);
      if (units > 0) total += units * resource.calendar.workingBetween(day as DateTime, end as DateTime);
    }
  }
  return total;
}

/**
 * "What ships by date X": walks the ranking from the top, filling the team's capacity. A feature
 * linked to scheduled work ships when its forecast finish is on or before `until` (its effort is
 * already in the levelled schedule, and still counts against capacity); an unlinked one ships when
 * its effort still fits. The ranking is respected: the first feature that does not ship draws the
 * cut line, and nothing below it ships, even if it is small enough to squeeze in.
 */
export function capacityCheck(input: {
  readonly resources: readonly CapacityResource[];
  readonly from: DateTime;
  readonly until: DateTime;
  /** In rank order, best first. */
  readonly features: readonly CapacityFeature[];
}): CapacityCheckResult {
  const capacity = teamCapacity(input.resources, input.from, input.until);
  let used = 0;
  let cutIndex = input.features.length;
  const items: CapacityCheckResult['items'][number][] = [];
  input.features.forEach((feature, index) => {
    if (!(feature.effort >= 0) || !Number.isFinite(feature.effort)) {
      throw new RangeError(`feature ${feature.id}: effort must be a non-negative number of minutes`);
    }
    if (cutIndex < input.features.length) {
      items.push({ id: feature.id, verdict: 'below-cut', cumulativeEffort: used, ships: false });
      return;
    }
    let verdict: CapacityVerdict;
    if (feature.forecastFinish != null) {
      verdict = feature.forecastFinish <= input.until ? 'scheduled-in-time' : 'scheduled-late';
    } else {
      verdict = used + feature.effort <= capacity ? 'fits' : 'over-capacity';
    }
    const ships = verdict === 'fits' || verdict === 'scheduled-in-time';
    if (ships) used += feature.effort;
    else cutIndex = index;
    items.push({ id: feature.id, verdict, cumulativeEffort: used, ships });
  });
  return { capacity, committed: used, cutIndex, items };
}
