import type { CalendarSet } from '../calendar/working-calendar.types';
import type { ProjectInput } from '../model/project.types';
import type { ScheduleResult } from '../model/schedule.types';
import { buildLevelingProblem } from './build-leveling-problem';
import type { LevelingDelay, LevelingOptions } from './leveling.types';
import { MODE_FREE } from './leveling-problem.types';
import { searchLeveling } from './leveling-search';
import { LevelingSgs } from './leveling-sgs';
import type { LevelledStarts } from './levelled-starts.types';
import { latestFinishKeys, orderRanks, precedenceBound } from './priority-keys';
import type { ProjectActivities } from './project-activities';

/**
 * Levels a plan whose activities all work on the project calendar: an integer problem on its
 * working-time axis, searched with the serial SGS, justification and the genetic algorithm.
 */
export function levelOnAxis(
  project: ProjectInput,
  before: ScheduleResult,
  calendars: CalendarSet,
  acts: ProjectActivities,
  options: LevelingOptions & { readonly schedules: number; readonly seed: number },
): LevelledStarts {
  const built = buildLevelingProblem(project, before, calendars, acts, options);
  const { problem, axis } = built;
  const sgs = new LevelingSgs(problem);
  const found = searchLeveling(sgs, {
    schedules: options.schedules,
    seed: options.seed,
    orderRanks: orderRanks(options.order, problem, problem.duration, project, before),
    latestFinish: latestFinishKeys(problem),
    lowerBound: precedenceBound(problem),
  });
  sgs.decode(found.list);
  const { n, taskIndex, mode, predOff, pred, predLag } = problem;
  const starts = new Map<number, number>();
  const manualMoves = new Map<number, number>();
  const delays: LevelingDelay[] = [];
  const outsideSlack = new Set<number>();
  const kept = new Set<number>();
  for (let j = 0; j < n; j++) {
    if (sgs.outsideSlack[j] === 1) outsideSlack.add(taskIndex[j]);
    if (mode[j] !== MODE_FREE) {
      kept.add(taskIndex[j]);
      continue;
    }
    // Its own delay: from where its release (without a kept delay) and links let it start.
    let free = built.baseRelease[j];
    for (let e = predOff[j]; e < predOff[j + 1]; e++) free = Math.max(free, sgs.start[pred[e]] + predLag[e]);
    if (sgs.start[j] <= free) continue;
    const from = axis.startOf(free);
    const to = axis.startOf(sgs.start[j]);
    (acts.manual[j] === 1 ? manualMoves : starts).set(taskIndex[j], to);
    delays.push({ taskId: project.tasks[taskIndex[j]].id, delayMinutes: to - from, from, to });
  }
  return {
    starts,
    manualMoves,
    delays,
    outsideSlack,
    kept,
    tooLarge: built.tooLarge,
    schedulesUsed: found.schedulesUsed,
  };
}
