import type { CalendarSet } from '../calendar/working-calendar.types';
import type { ProjectInput } from '../model/project.types';
import type { ScheduleResult } from '../model/schedule.types';
import { buildGridProblem } from './build-grid-problem';
import { GridSgs } from './grid-sgs';
import type { LevelingDelay, LevelingOptions } from './leveling.types';
import { MODE_FREE } from './leveling-problem.types';
import { searchLeveling } from './leveling-search';
import type { LevelledStarts } from './levelled-starts.types';
import { lateFinishKeys, orderRanks } from './priority-keys';
import type { ProjectActivities } from './project-activities';

/**
 * Levels a plan whose tasks work on different calendars (part-time resource calendars, task
 * calendars, elapsed durations): the same activity-list search on an elapsed time grid, each task
 * on its own calendar (no justification there: durations change with the start).
 */
export function levelOnGrid(
  project: ProjectInput,
  before: ScheduleResult,
  calendars: CalendarSet,
  acts: ProjectActivities,
  options: LevelingOptions & { readonly schedules: number; readonly seed: number },
): LevelledStarts {
  const built = buildGridProblem(project, before, calendars, acts, options);
  const { problem } = built;
  const sgs = new GridSgs(problem, built.calendars);
  const found = searchLeveling(sgs, {
    schedules: options.schedules,
    seed: options.seed,
    orderRanks: orderRanks(options.order, problem, problem.work, project, before),
    latestFinish: lateFinishKeys(problem.taskIndex, before),
    lowerBound: Math.round((before.finish - problem.origin) / problem.slot),
  });
  sgs.decode(found.list);
  const { n, taskIndex, mode, origin, slot } = problem;
  const date = (t: number) => origin + t * slot;
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
    const free = sgs.earliestStart(j, built.baseRelease[j]);
    if (sgs.start[j] <= free) continue;
    const from = date(free);
    const to = date(sgs.start[j]);
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
