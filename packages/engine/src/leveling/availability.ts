import type { AvailabilityPeriod, ResourceInput } from '../model/project.types';
import type { DateTime } from '../model/time';

const DAY = 1440;

/**
 * The end of an availability period as an exclusive instant. Microsoft Project's "Available To" is
 * an inclusive day: a bare date (midnight) covers that whole day, so it ends at the next midnight.
 */
function periodEnd(period: AvailabilityPeriod): number {
  if (period.to === null) return Number.POSITIVE_INFINITY;
  return period.to % DAY === 0 ? period.to + DAY : period.to;
}

function periodStart(period: AvailabilityPeriod): number {
  return period.from === null ? Number.NEGATIVE_INFINITY : period.from;
}

/**
 * Max units of a resource at instant t (1 = 100 %): the first availability period that covers t,
 * else the resource's `maxUnits`.
 */
export function maxUnitsAt(resource: ResourceInput, t: DateTime): number {
  for (const period of resource.availability ?? []) {
    if (periodStart(period) <= t && t < periodEnd(period)) return period.units;
  }
  return resource.maxUnits;
}

/**
 * Lowest max units of a resource over [from, to) (minutes), 1 = 100 %: where availability changes
 * inside the span, the span can only hold what its scarcest part holds.
 */
export function minMaxUnits(resource: ResourceInput, from: DateTime, to: DateTime): number {
  let lowest = maxUnitsAt(resource, from);
  for (const t of availabilityBreaks(resource)) {
    if (t > from && t < to) lowest = Math.min(lowest, maxUnitsAt(resource, t));
  }
  return lowest;
}

/** Instants where a resource's max units may change (period starts and ends), ascending. */
export function availabilityBreaks(resource: ResourceInput): number[] {
  const breaks: number[] = [];
  for (const period of resource.availability ?? []) {
    const start = periodStart(period);
    const end = periodEnd(period);
    if (Number.isFinite(start)) breaks.push(start);
    if (Number.isFinite(end)) breaks.push(end);
  }
  return breaks.sort((a, b) => a - b);
}
