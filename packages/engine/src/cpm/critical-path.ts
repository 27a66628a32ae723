import { FLAG_COMPLETE, type Network, NODE_LEAF } from './network.types';
import type { ScheduleState } from './schedule-state';

/**
 * Is task t critical: total slack (working minutes) at or below the limit, and not complete
 * (MS Project does not mark finished tasks critical).
 */
export function isCritical(net: Network, t: number, slack: number, limit: number): boolean {
  return slack <= limit && (net.flags[t] & FLAG_COMPLETE) === 0;
}

/**
 * The critical path: the critical leaf tasks in time order (scheduled start, then finish, then
 * input order). `critical[t]` is 1 for critical tasks.
 */
export function criticalPath(net: Network, st: ScheduleState, critical: Uint8Array): string[] {
  const path: number[] = [];
  for (let t = 0; t < net.taskCount; t++) if (critical[t] === 1 && net.kind[t] === NODE_LEAF) path.push(t);
  path.sort((a, b) => st.ss[a] - st.ss[b] || st.sf[a] - st.sf[b] || a - b);
  return path.map((t) => net.taskIds[t]);
}
