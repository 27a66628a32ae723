import type { ResourceInput } from '../model/project.types';
import { minMaxUnits } from './availability';

/** The first period after the last availability change of any resource (capacity is constant from there). */
export function lastAvailabilityPeriod(
  resources: readonly ResourceInput[],
  periodOf: { ceil(t: number): number },
): number {
  let last = 0;
  for (const resource of resources) {
    for (const period of resource.availability ?? []) {
      for (const t of [period.from, period.to]) if (t !== null) last = Math.max(last, periodOf.ceil(t) + 2);
    }
  }
  return last;
}

/**
 * Capacity of every levelled resource in every period (`capacity[t * R + r]`), from max units and
 * availability periods: the lowest max units over the period's span of time `spanOf(t)` = [from, to).
 */
export function capacityProfile(
  resourceIds: readonly string[],
  resources: ReadonlyMap<string, ResourceInput>,
  spanOf: (t: number) => readonly [number, number],
  horizon: number,
): Float64Array {
  const R = resourceIds.length;
  const capacity = new Float64Array(horizon * R);
  resourceIds.forEach((id, r) => {
    const resource = resources.get(id) as ResourceInput;
    const constant = !resource.availability || resource.availability.length === 0;
    for (let t = 0; t < horizon; t++) {
      if (constant) capacity[t * R + r] = resource.maxUnits;
      else {
        const [from, to] = spanOf(t);
        capacity[t * R + r] = minMaxUnits(resource, from, to);
      }
    }
  });
  return capacity;
}
