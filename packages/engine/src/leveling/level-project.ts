import { compileCalendars } from '../calendar/index';
import type { CalendarSet } from '../calendar/working-calendar.types';
import { schedule } from '../cpm/index';
import type { ProjectInput, TaskConstraint, TaskInput } from '../model/project.types';
import type { ScheduledTask } from '../model/schedule.types';
import { findOverallocations } from './find-overallocations';
import { levelOnAxis } from './level-on-axis';
import { levelOnGrid } from './level-on-grid';
import type {
  LevelingOptions,
  LevelingResult,
  Overallocation,
  OverallocationReason,
  RemainingOverallocation,
} from './leveling.types';
import type { LevelledStarts } from './levelled-starts.types';
import { projectActivities } from './project-activities';

const DEFAULT_SCHEDULES = 2000;
const ORDERS = ['id', 'standard', 'priority'];

/**
 * Levels a project's work resources: delays tasks (never splits them) so that no resource is
 * loaded beyond its max units at any time (availability periods and working calendars included),
 * finishing the project as early as the search finds, then with the least delay, important tasks
 * delayed last. Priority-1000 tasks and tasks with a "must" or "no later than" constraint get no
 * delay of their own; started and completed tasks do not move; manually scheduled tasks move by
 * their typed dates (unless `levelManual` is false); with `withinSlack` no task finishes after its
 * late finish, so the project finish does not move. Plans on one working calendar are levelled on
 * its working-time axis (with forward-backward justification); plans mixing calendars on an
 * elapsed time grid, each task on its own calendar.
 *
 * The levelled schedule is an ordinary `schedule()` of the project in which each delayed task
 * starts no earlier than its levelled start; the returned project carries each delay as the
 * task's `levelingDelay` (elapsed minutes from where it would start without it).
 * @throws Error naming the option or task at fault; ScheduleInputError from the scheduler.
 */
export function levelProject(project: ProjectInput, options: LevelingOptions): LevelingResult {
  checkOptions(project, options);
  const calendars = compileCalendars(project.calendars);
  const base: ProjectInput = options.clearExisting
    ? { ...project, tasks: project.tasks.map((task) => withDelay(task, 0)) }
    : project;
  // Unlevelled dates: delays kept from an earlier levelling are minimums the search adds itself.
  const before = schedule({ ...base, tasks: base.tasks.map((task) => withDelay(task, 0)) }, { calendars });
  const acts = projectActivities(base, options);
  const settings = { ...options, schedules: options.schedules ?? DEFAULT_SCHEDULES, seed: options.seed ?? 1 };
  // The working-time axis is exact and fastest; tasks on other calendars need the time grid.
  const onAxis = acts.offAxis.every((flag) => flag === 0);
  const decided = onAxis
    ? levelOnAxis(base, before, calendars, acts, settings)
    : levelOnGrid(base, before, calendars, acts, settings);

  const position = new Map(base.tasks.map((task, i) => [task.id, i]));
  const delays = [...decided.delays].sort(
    (a, b) => (position.get(a.taskId) ?? 0) - (position.get(b.taskId) ?? 0),
  );
  const delayOf = new Map(delays.map((delay) => [delay.taskId, delay.delayMinutes]));
  const levelled: ProjectInput = {
    ...base,
    tasks: base.tasks.map((task, i) => {
      const moved = decided.manualMoves.get(i);
      if (moved !== undefined) return movedTo(task, moved, before.tasks[i], calendars, base);
      return delayOf.has(task.id) ? withDelay(task, delayOf.get(task.id) ?? 0) : task;
    }),
  };
  // Dated from the undelayed project: the scheduler would add each levelling delay on top of the
  // levelled start that the floor already gives.
  const undelayed: ProjectInput = {
    ...levelled,
    tasks: levelled.tasks.map((task) => withDelay(task, 0)),
  };
  const after = schedule(startingNoEarlier(undelayed, decided.starts), { calendars });
  const left = findOverallocations(levelled, after, { calendars, resourceIds: acts.resourceIds });
  return {
    project: levelled,
    schedule: after,
    delays,
    remaining: explain(left, decided, levelled, options),
    finishBefore: before.finish,
    finishAfter: after.finish,
    schedulesUsed: decided.schedulesUsed,
  };
}

function checkOptions(project: ProjectInput, options: LevelingOptions): void {
  if (!ORDERS.includes(options.order)) {
    throw new Error(`levelling: order must be one of ${ORDERS.join(', ')}, got "${options.order}"`);
  }
  const schedules = options.schedules ?? DEFAULT_SCHEDULES;
  if (!Number.isInteger(schedules) || schedules < 1) {
    throw new Error(`levelling: schedules must be a whole number ≥ 1, got ${options.schedules}`);
  }
  if (options.seed !== undefined && !Number.isInteger(options.seed)) {
    throw new Error(`levelling: seed must be a whole number, got ${options.seed}`);
  }
  const known = new Set((project.resources ?? []).map((resource) => resource.id));
  for (const id of options.resourceIds ?? []) {
    if (!known.has(id)) throw new Error(`levelling: resourceIds: no resource "${id}" in the project`);
  }
}

/** A manual task moved to start at `start`, keeping its working duration on its calendar. */
function movedTo(
  task: TaskInput,
  start: number,
  dates: ScheduledTask,
  calendars: CalendarSet,
  project: ProjectInput,
): TaskInput {
  const calendar = calendars.get(task.calendarId ?? project.settings.calendarId);
  if (!calendar)
    throw new Error(`levelling: task "${task.id}": calendar "${task.calendarId}" does not exist`);
  const work = calendar.workingBetween(dates.start, dates.finish);
  return { ...task, manualStart: start, manualFinish: work > 0 ? calendar.addWorking(start, work) : start };
}

function withDelay(task: TaskInput, delay: number): TaskInput {
  if (delay > 0) return { ...task, levelingDelay: delay };
  if (task.levelingDelay === undefined) return task;
  const { levelingDelay: _cleared, ...rest } = task;
  return rest;
}

/**
 * The project the scheduler dates: each delayed task starts no earlier than its levelled start
 * (the scheduler keeps links, calendars and summaries consistent around it). A start-no-earlier
 * date replaces ASAP, ALAP and "no earlier than" constraints: the levelled start already satisfies
 * the latter, and levelled tasks are never ones with a "must" or "no later than" constraint.
 */
function startingNoEarlier(project: ProjectInput, starts: ReadonlyMap<number, number>): ProjectInput {
  return {
    ...project,
    tasks: project.tasks.map((task, i) => {
      const start = starts.get(i);
      if (start === undefined) return task;
      const constraint: TaskConstraint = { type: 'SNET', date: start };
      return { ...task, constraint };
    }),
  };
}

/** Why each overallocation the levelling left could not be removed. */
function explain(
  left: readonly Overallocation[],
  decided: LevelledStarts,
  project: ProjectInput,
  options: LevelingOptions,
): RemainingOverallocation[] {
  const index = new Map(project.tasks.map((task, i) => [task.id, i]));
  return left.map((over) => {
    const tasks = over.taskIds.map((id) => index.get(id) ?? -1);
    let reason: OverallocationReason;
    if (tasks.some((i) => decided.tooLarge.get(i)?.includes(over.resourceId))) {
      reason = 'assignment exceeds max units';
    } else if (tasks.some((i) => decided.outsideSlack.has(i))) {
      reason = 'outside slack';
    } else if (tasks.some((i) => decided.kept.has(i))) {
      reason = 'fixed task';
    } else {
      reason = options.withinSlack ? 'outside slack' : 'task not levelled';
    }
    return { ...over, reason };
  });
}
