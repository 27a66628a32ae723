/** Builders for the scheduler's tests (test code only). */
import { standardCalendar } from '../calendar/index';
import type { CalendarDefinition } from '../model/calendar.types';
import type { LinkInput, ProjectInput, ProjectSettings, TaskInput } from '../model/project.types';
import type { ScheduledTask, ScheduleResult } from '../model/schedule.types';
import { formatDateTime, parseDateTime } from '../model/time';

export const at = (text: string): number => parseDateTime(text);
export const HOUR = 60;
export const DAY = 480;

export type TaskSpec = Partial<TaskInput> & { readonly id: string };

export function task(spec: TaskSpec): TaskInput {
  return { name: spec.id, parentId: null, order: 0, duration: DAY, durationUnit: 'd', ...spec };
}

export function link(
  predecessorId: string,
  successorId: string,
  type: LinkInput['type'] = 'FS',
  lag = 0,
  lagUnit: LinkInput['lagUnit'] = 'd',
): LinkInput {
  return { predecessorId, successorId, type, lag, lagUnit };
}

/** A project on MS Project's Standard calendar starting Monday 2026-01-05 08:00. */
export function project(
  tasks: readonly TaskSpec[],
  links: readonly LinkInput[] = [],
  settings: Partial<ProjectSettings> = {},
  calendars: readonly CalendarDefinition[] = [standardCalendar('standard')],
): ProjectInput {
  return {
    settings: {
      name: 'test',
      start: at('2026-01-05T08:00'),
      scheduleFrom: 'start',
      calendarId: 'standard',
      defaultStartTime: 480,
      defaultFinishTime: 1020,
      criticalSlackLimit: 0,
      honorConstraints: false,
      minutesPerDay: 480,
      minutesPerWeek: 2400,
      daysPerMonth: 20,
      ...settings,
    },
    calendars,
    tasks: tasks.map((spec, order) => task({ order, ...spec })),
    links,
  };
}

/** The scheduled task with this id, dates formatted for readable assertions. */
export function dates(
  result: ScheduleResult,
  id: string,
): Omit<ScheduledTask, 'start' | 'finish'> & { start: string; finish: string } {
  const found = result.tasks.find((t) => t.id === id);
  if (!found) throw new Error(`no task ${id} in the result`);
  return { ...found, start: formatDateTime(found.start), finish: formatDateTime(found.finish) };
}
