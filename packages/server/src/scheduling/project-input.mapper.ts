import type { ProjectCalendar } from '@tandem/api';
import {
  type CalendarDefinition,
  type ConstraintType,
  type DayWorkingTime,
  type DurationUnit,
  type LinkType,
  type ProjectInput,
  parseDateTime,
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

/**
 * Maps stored rows to the engine's `ProjectInput`: tasks in outline order (as the engine expects),
 * dates from floating ISO text to floating minutes, links as stored.
 */
export function toProjectInput(
  project: ProjectRow,
  calendar: ProjectCalendar,
  outline: readonly OutlineEntry<TaskRow>[],
  links: readonly LinkRow[],
): ProjectInput {
  const dateOrNull = (text: string | null) => (text === null ? null : parseDateTime(text));
  const tasks: TaskInput[] = outline.map(({ task, wbs }) => ({
    id: task.id,
    name: task.name,
    parentId: task.parent_id,
    order: task.position,
    duration: task.duration,
    durationUnit: task.duration_unit as DurationUnit,
    milestone: task.milestone === 1,
    percentComplete: task.percent_complete,
    constraint: { type: task.constraint_type as ConstraintType, date: dateOrNull(task.constraint_date) },
    deadline: dateOrNull(task.deadline),
    notes: task.notes,
    wbs,
  }));
  return {
    settings: {
      name: project.name,
      start: parseDateTime(project.start),
      scheduleFrom: 'start',
      calendarId: PROJECT_CALENDAR_ID,
      minutesPerDay: calendar.minutesPerDay,
      minutesPerWeek: calendar.minutesPerWeek,
      daysPerMonth: calendar.daysPerMonth,
      defaultStartTime: calendar.workingTimes[0].from,
      defaultFinishTime: calendar.workingTimes[calendar.workingTimes.length - 1].to,
      criticalSlackLimit: 0,
      honorConstraints: true,
    },
    calendars: [toCalendarDefinition(calendar)],
    tasks,
    links: links.map((link) => ({
      id: link.id,
      predecessorId: link.predecessor_id,
      successorId: link.successor_id,
      type: link.type as LinkType,
      lag: link.lag,
      lagUnit: link.lag_unit as DurationUnit,
    })),
  };
}
