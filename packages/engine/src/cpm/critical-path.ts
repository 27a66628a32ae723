import type { ScheduledTask } from '../model/schedule.types';
import { FLAG_COMPLETE, type Network } from './network.types';

/**
 * Is task t critical: total slack (working minutes) at or below the limit, and not complete
 * (MS Project does not mark finished tasks critical).
 */
export function isCritical(net: Network, t: number, slack: number, limit: number): boolean {
  return slack <= limit && (net.flags[t] & FLAG_COMPLETE) === 0;
}

/**
 * The critical path: the ids of the critical leaf tasks in time order (scheduled start, then
 * finish, then input order). Read from the task objects alone, so that a result can compute it
 * when first asked, after later edits changed the scheduler's arrays.
 */
export function criticalPath(tasks: readonly ScheduledTask[]): string[] {
  const path: number[] = [];
  for (let t = 0; t < tasks.length; t++) if (tasks[t].critical && !tasks[t].summary) path.push(t);
  path.sort((a, b) => tasks[a].start - tasks[b].start || tasks[a].finish - tasks[b].finish || a - b);
  return path.map((t) => tasks[t].id);
}
