import type { ProjectSettings } from '../model/project.types';
import type { ScheduledTask, ScheduleIssue, ScheduleResult } from '../model/schedule.types';
import { formatDateTime } from '../model/time';
import { CONSTRAINT_ORDER } from './constraints';
import { criticalPath, isCritical } from './critical-path';
import { FLAG_COMPLETE, FLAG_INACTIVE, FLAG_MANUAL, type Network } from './network.types';
import { hasProgress } from './progress';
import type { ScheduleState } from './schedule-state';
import { freeSlack, totalSlack } from './slack';

/**
 * Materialises a ScheduleResult from the typed arrays. Task objects, the critical path and the
 * issues are built on first access only, so a caller that reads a few dates pays for those.
 */
export function buildResult(net: Network, st: ScheduleState, settings: ProjectSettings): ScheduleResult {
  let tasks: ScheduledTask[] | null = null;
  let path: string[] | null = null;
  let issues: ScheduleIssue[] | null = null;
  const materialise = (): ScheduledTask[] => {
    if (tasks) return tasks;
    const built: ScheduledTask[] = new Array(net.taskCount);
    for (let t = 0; t < net.taskCount; t++) built[t] = scheduledTask(net, st, settings, t);
    tasks = built;
    return built;
  };
  return {
    start: st.projectStart,
    finish: st.projectFinish,
    get tasks() {
      return materialise();
    },
    get criticalPath() {
      path ??= criticalPath(materialise());
      return path;
    },
    get issues() {
      if (issues) return issues;
      const all = materialise();
      const found: ScheduleIssue[] = [];
      for (let t = 0; t < all.length; t++) {
        const own = taskIssues(net, st, settings, t, all[t]);
        if (own) for (const issue of own) found.push(issue);
      }
      issues = found;
      return found;
    },
  };
}

/** A ScheduledTask whose fields scheduledTask may write (see its `into`). */
export type WritableScheduledTask = { -readonly [K in keyof ScheduledTask]: ScheduledTask[K] };

/**
 * The scheduled values of task t, from the state's arrays (dates in minutes, slack in working
 * minutes): a new object, or `into` with its fields overwritten.
 */
export function scheduledTask(
  net: Network,
  st: ScheduleState,
  settings: ProjectSettings,
  t: number,
  into?: WritableScheduledTask,
): ScheduledTask {
  const node = net.finishNode[t];
  const summary = node !== t;
  const es = st.es[node];
  const ef = st.ef[node];
  const ls = summary ? st.rls[node] : st.ls[t];
  const lf = summary ? st.rlf[node] : st.lf[t];
  const cal = net.calendars[net.calendar[t]];
  const total = totalSlack(cal, es, ef, ls, lf);
  const start = st.ss[node];
  const finish = st.sf[node];
  const deadline = net.deadline[t];
  const critical = isCritical(net, t, total, settings.criticalSlackLimit);
  // A leaf that is not split by progress nor typed in by hand lasts exactly its duration.
  const plain = !summary && (net.flags[t] & FLAG_MANUAL) === 0 && !hasProgress(net, t);
  const free = small(freeSlack(net, st, cal, node, es, ef, total));
  const nearCritical =
    !critical &&
    (net.flags[t] & FLAG_COMPLETE) === 0 &&
    total <= (settings.nearCriticalSlackLimit ?? settings.criticalSlackLimit);
  const duration = small(plain ? net.duration[t] : cal.workingBetween(start, finish));
  const missedDeadline = Number.isFinite(deadline) && finish > deadline;
  if (!into) {
    // the fields in the order they are written below: one object shape for every task
    return {
      id: net.taskIds[t],
      start: small(start),
      finish: small(finish),
      earlyStart: small(es),
      earlyFinish: small(ef),
      lateStart: small(ls),
      lateFinish: small(lf),
      totalSlack: small(total),
      freeSlack: free,
      critical,
      nearCritical,
      summary,
      duration,
      missedDeadline,
    };
  }
  into.id = net.taskIds[t];
  into.start = small(start);
  into.finish = small(finish);
  into.earlyStart = small(es);
  into.earlyFinish = small(ef);
  into.lateStart = small(ls);
  into.lateFinish = small(lf);
  into.totalSlack = small(total);
  into.freeSlack = free;
  into.critical = critical;
  into.nearCritical = nearCritical;
  into.summary = summary;
  into.duration = duration;
  into.missedDeadline = missedDeadline;
  return into;
}

/**
 * The issues of task t (`task` its scheduled values) in the order a result lists them: a
 * constraint its links conflict with, a missed deadline, negative total slack. Null when none
 * (or the task is inactive).
 */
export function taskIssues(
  net: Network,
  st: ScheduleState,
  settings: ProjectSettings,
  t: number,
  task: ScheduledTask,
): ScheduleIssue[] | null {
  if ((net.flags[t] & FLAG_INACTIVE) !== 0) return null;
  if (st.conflict[t] !== 1 && !task.missedDeadline && task.totalSlack >= 0) return null;
  const issues: ScheduleIssue[] = [];
  if (st.conflict[t] === 1) {
    issues.push({
      kind: 'constraint-conflict',
      taskId: task.id,
      message: `task "${task.id}": its links conflict with its constraint ${CONSTRAINT_ORDER[net.constraint[t]]} ${formatDateTime(
        net.constraintDate[t],
      )}; ${settings.honorConstraints ? 'the constraint wins' : 'the links win'}: ${formatDateTime(task.start)} – ${formatDateTime(task.finish)}`,
    });
  }
  if (task.missedDeadline) {
    issues.push({
      kind: 'deadline-missed',
      taskId: task.id,
      message: `task "${task.id}" finishes ${formatDateTime(task.finish)}, after its deadline ${formatDateTime(net.deadline[t])}`,
    });
  }
  if (task.totalSlack < 0) {
    issues.push({
      kind: 'negative-slack',
      taskId: task.id,
      message: `task "${task.id}" has negative total slack (${task.totalSlack} working minutes)`,
    });
  }
  return issues;
}

/**
 * `x` as a 32-bit integer when it is one (dates and spans are whole minutes): read from the
 * passes' Float64Arrays a value is a double, and V8 then boxes every such field of every task
 * object in a heap number of its own, objects its garbage collector has to visit.
 */
function small(x: number): number {
  return x === (x | 0) ? x | 0 : x;
}
