import type { ProjectCalendar } from '@tandem/api';
import {
  type AssignmentInput,
  type CalendarDefinition,
  type ConstraintType,
  type DayWorkingTime,
  type DurationUnit,
  type LinkType,
  type ProjectInput,
  parseDateTime,
  type ResourceInput,
  type TaskConstraint,
  type TaskInput,
} from '@tandem/engine';
import type { LinkRow } from '../links/links.repository';
import type { ProjectRow } from '../projects/projects.repository';
import type { OutlineEntry } from '../tasks/task-outline';
import type { TaskRow } from '../tasks/tasks.repository';

/** The id of the one base calendar a project has until calendars get their own tables. */
export const PROJECT_CALENDAR_ID = 'project';

/** The project's calendar settings as an engine calendar definition (no exceptions yet). */
export function toCalendarDefinition(calendar: ProjectCalendar): CalendarDefinition {
  const workingDay: DayWorkingTime = { working: true, ranges: calendar.workingTimes.map((r) => ({ ...r })) };
  const week = Array.from({ length: 7 }, (_, day) =>
    calendar.workingDays.includes(day) ? workingDay : { working: false, ranges: [] },
  );
  return { id: PROJECT_CALENDAR_ID, name: 'Project calendar', week, exceptions: [] };
}

/** A project's resources, assignments and levelling delays (elapsed minutes by task id) as engine inputs. */
export interface ProjectResourcing {
  readonly resources: readonly ResourceInput[];
  readonly assignments: readonly AssignmentInput[];
  readonly levelingDelays: ReadonlyMap<string, number>;
}

const NO_RESOURCING: ProjectResourcing = { resources: [], assignments: [], levelingDelays: new Map() };

const dateOrNull = (text: string | null) => (text === null ? null : parseDateTime(text));

/**
 * One frozen constraint per type for constraints without a date (most tasks are ASAP): a cached
 * plan's inputs live as long as the plan, and one object less per task is less for V8's full
 * collections to visit.
 */
const UNDATED = new Map<string, TaskConstraint>();

function constraintOf(type: ConstraintType, date: string | null): TaskConstraint {
  if (date !== null) return { type, date: parseDateTime(date) };
  let shared = UNDATED.get(type);
  if (!shared) {
    shared = Object.freeze({ type, date: null });
    UNDATED.set(type, shared);
  }
  return shared;
}

/** One stored task as the engine's input; `levelingDelay` in elapsed minutes. */
export function toTaskInput({ task, wbs }: OutlineEntry<TaskRow>, levelingDelay: number): TaskInput {
  return {
    id: task.id,
    name: task.name,
    parentId: task.parent_id,
    order: task.position,
    duration: task.duration,
    durationUnit: task.duration_unit as DurationUnit,
    milestone: task.milestone === 1,
    percentComplete: task.percent_complete,
    constraint: constraintOf(task.constraint_type as ConstraintType, task.constraint_date),
    deadline: dateOrNull(task.deadline),
    notes: task.notes,
    wbs,
    levelingDelay,
    priority: task.priority,
    actualStart: dateOrNull(task.actual_start),
    actualFinish: dateOrNull(task.actual_finish),
    actualDuration: task.actual_duration,
    remainingDuration: task.remaining_duration,
  };
}

/**
 * Maps stored rows to the engine's `ProjectInput`: tasks in outline order (as the engine expects),
 * dates from floating ISO text to floating minutes, links as stored. `workspaceCalendars` are the
 * workspace's calendars (engine definitions, see calendars/calendar-definition.ts), which the
 * project's `calendar_id` and resources may name.
 */
export function toProjectInput(
  project: ProjectRow,
  calendar: ProjectCalendar,
  outline: readonly OutlineEntry<TaskRow>[],
  links: readonly LinkRow[],
  resourcing: ProjectResourcing = NO_RESOURCING,
  workspaceCalendars: readonly CalendarDefinition[] = [],
): ProjectInput {
  const tasks: TaskInput[] = outline.map((entry) =>
    toTaskInput(entry, resourcing.levelingDelays.get(entry.task.id) ?? 0),
  );
  return {
    settings: {
      name: project.name,
      start: parseDateTime(project.start),
      scheduleFrom: project.schedule_from,
      finish: dateOrNull(project.finish_date),
      statusDate: dateOrNull(project.status_date),
      currencyCode: project.currency,
      // a workspace calendar when the project names one; else the week embedded in the project
      calendarId: project.calendar_id ?? PROJECT_CALENDAR_ID,
      minutesPerDay: calendar.minutesPerDay,
      minutesPerWeek: calendar.minutesPerWeek,
      daysPerMonth: calendar.daysPerMonth,
      defaultStartTime: calendar.workingTimes[0].from,
      defaultFinishTime: calendar.workingTimes[calendar.workingTimes.length - 1].to,
      criticalSlackLimit: 0,
      honorConstraints: true,
    },
    calendars: [toCalendarDefinition(calendar), ...workspaceCalendars],
    tasks,
    links: links.map((link) => ({
      id: link.id,
      predecessorId: link.predecessor_id,
      successorId: link.successor_id,
      type: link.type as LinkType,
      lag: link.lag,
      lagUnit: link.lag_unit as DurationUnit,
    })),
    resources: resourcing.resources,
    assignments: resourcing.assignments,
  };
}
