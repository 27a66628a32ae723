import type { WorkingCalendar } from '../calendar/working-calendar.types';
import type { WorkMinutes } from '../model/time';
import { shiftByLag } from './date-math';
import {
  LINK_FF,
  LINK_FS,
  LINK_GATE,
  LINK_KIND_MASK,
  LINK_ROLLUP,
  LINK_SS,
  type Network,
} from './network.types';
import type { ScheduleState } from './schedule-state';

/**
 * Total slack in working minutes of the task's calendar: the smaller of late start − early start
 * and late finish − early finish (MS Project). Negative when a constraint or deadline cannot be met.
 */
export function totalSlack(
  cal: WorkingCalendar,
  es: number,
  ef: number,
  ls: number,
  lf: number,
): WorkMinutes {
  if (es === ls && ef === lf) return 0;
  return Math.min(cal.workingBetween(es, ls), cal.workingBetween(ef, lf));
}

/**
 * Free slack of task t (node = its leaf or summary finish node, early dates es/ef) in working
 * minutes of its calendar: how far it can slip before delaying the early dates of any successor
 * (its own, or those of the summaries it rolls up into), or the project finish when nothing
 * follows; never more than its total slack.
 */
export function freeSlack(
  net: Network,
  st: ScheduleState,
  cal: WorkingCalendar,
  node: number,
  es: number,
  ef: number,
  total: number,
): WorkMinutes {
  let slack = Number.POSITIVE_INFINITY;
  let hasSuccessor = false;
  // Walk up through the summaries this task rolls up into (a node rolls up into its parent's
  // finish node only): their links follow it too.
  for (let n = node, parent = -1; n >= 0; n = parent, parent = -1) {
    for (let k = net.succStart[n]; k < net.succStart[n + 1]; k++) {
      const l = net.succLink[k];
      const type = net.succType[k] & LINK_KIND_MASK;
      const s = net.succNode[k];
      if (type === LINK_GATE) continue;
      if (type === LINK_ROLLUP) {
        parent = s;
        continue;
      }
      hasSuccessor = true;
      const base = type === LINK_FS || type === LINK_FF ? ef : es;
      const driven = shiftByLag(net, st, l, n, base, 1);
      const target = type <= LINK_SS ? st.es[s] : st.ef[s];
      const gap = driven === target ? 0 : cal.workingBetween(driven, target);
      if (gap < slack) slack = gap;
      if (slack <= 0 && total >= 0) return Math.min(slack, total);
    }
  }
  if (!hasSuccessor) slack = ef === st.projectFinish ? 0 : cal.workingBetween(ef, st.projectFinish);
  return Math.min(slack, total);
}
