import type { RcpspInstance, RcpspViolation } from './rcpsp.types';

/**
 * Check a schedule against an instance, independently of the schedule generation schemes: every
 * start is a non-negative integer, every finish-to-start relation holds, and in every period the
 * summed requests of the activities in progress stay within each resource's capacity.
 * @param starts start period of every activity
 * @returns every violation found (empty when the schedule is feasible)
 */
export function checkRcpspFeasibility(instance: RcpspInstance, starts: ArrayLike<number>): RcpspViolation[] {
  const n = instance.activityCount;
  const R = instance.resourceCount;
  const violations: RcpspViolation[] = [];
  if (starts.length !== n) {
    throw new Error(`checkRcpspFeasibility: ${starts.length} starts given for ${n} activities`);
  }
  let end = 0;
  for (let j = 0; j < n; j++) {
    const s = starts[j];
    if (!Number.isInteger(s) || s < 0) violations.push({ kind: 'start', activity: j, start: s });
    end = Math.max(end, s + instance.durations[j]);
  }
  for (let i = 0; i < n; i++) {
    const finish = starts[i] + instance.durations[i];
    for (let e = instance.successorOffsets[i]; e < instance.successorOffsets[i + 1]; e++) {
      const j = instance.successors[e];
      if (starts[j] < finish) {
        violations.push({ kind: 'precedence', activity: i, successor: j, finish, start: starts[j] });
      }
    }
  }
  const over = instance.capacityOverTime;
  for (let t = 0; t < end; t++) {
    for (let r = 0; r < R; r++) {
      let usage = 0;
      for (let j = 0; j < n; j++) {
        if (starts[j] <= t && t < starts[j] + instance.durations[j]) usage += instance.requests[j * R + r];
      }
      const capacity = over && t < over.periods ? over.values[t * R + r] : instance.capacities[r];
      if (usage > capacity) {
        const activities: number[] = [];
        for (let j = 0; j < n; j++) {
          const inProgress = starts[j] <= t && t < starts[j] + instance.durations[j];
          if (inProgress && instance.requests[j * R + r] > 0) activities.push(j);
        }
        violations.push({ kind: 'capacity', resource: r, period: t, usage, capacity, activities });
      }
    }
  }
  return violations;
}

/** One line per violation, for error messages. Activities are shown 0-based. */
export function describeRcpspViolation(v: RcpspViolation): string {
  switch (v.kind) {
    case 'start':
      return `activity ${v.activity}: invalid start ${v.start}`;
    case 'precedence':
      return `activity ${v.successor} starts at ${v.start} before its predecessor ${v.activity} finishes at ${v.finish}`;
    case 'capacity':
      return `resource ${v.resource} at period ${v.period}: usage ${v.usage} > capacity ${v.capacity} (activities ${v.activities.join(', ')})`;
  }
}
