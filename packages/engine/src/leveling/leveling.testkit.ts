/** Builders for the levelling tests (test code only). */
import { standardCalendar } from '../calendar/index';
import type { CalendarDefinition } from '../model/calendar.types';
import type {
  AssignmentInput,
  LinkInput,
  ProjectInput,
  ResourceInput,
  TaskInput,
} from '../model/project.types';
import type { ScheduleResult } from '../model/schedule.types';
import { formatDateTime, parseDateTime } from '../model/time';

export const at = (text: string): number => parseDateTime(text);
export const DAY = 480;
/** Elapsed minutes in a calendar day. */
export const EDAY = 1440;

export type TaskSpec = Partial<TaskInput> & { readonly id: string };

/** A work resource, 100 % unless said otherwise. */
export function resource(id: string, spec: Partial<ResourceInput> = {}): ResourceInput {
  return { id, name: id, type: 'work', maxUnits: 1, ...spec };
}

/** An assignment of `resourceId` to `taskId` at `units` (1 = 100 %). */
export function assign(taskId: string, resourceId: string, units = 1): AssignmentInput {
  return { id: `${taskId}:${resourceId}`, taskId, resourceId, units, work: 0 };
}

export function link(
  predecessorId: string,
  successorId: string,
  type: LinkInput['type'] = 'FS',
  lag = 0,
): LinkInput {
  return { predecessorId, successorId, type, lag, lagUnit: 'd' };
}

/** A project on MS Project's Standard calendar (Mon–Fri 08–12, 13–17) from Monday 2026-01-05 08:00. */
export function project(parts: {
  tasks: readonly TaskSpec[];
  links?: readonly LinkInput[];
  resources?: readonly ResourceInput[];
  assignments?: readonly AssignmentInput[];
  calendars?: readonly CalendarDefinition[];
  honorConstraints?: boolean;
}): ProjectInput {
  return {
    settings: {
      name: 'levelling test',
      start: at('2026-01-05T08:00'),
      scheduleFrom: 'start',
      calendarId: 'standard',
      defaultStartTime: 480,
      defaultFinishTime: 1020,
      criticalSlackLimit: 0,
      honorConstraints: parts.honorConstraints ?? false,
      minutesPerDay: 480,
      minutesPerWeek: 2400,
      daysPerMonth: 20,
    },
    calendars: parts.calendars ?? [standardCalendar('standard')],
    tasks: parts.tasks.map((spec, order) => ({
      name: spec.id,
      parentId: null,
      order,
      duration: DAY,
      durationUnit: 'd',
      ...spec,
    })),
    links: parts.links ?? [],
    resources: parts.resources ?? [],
    assignments: parts.assignments ?? [],
  };
}

/** Start and finish of a scheduled task as `YYYY-MM-DDTHH:MM`. */
export function span(result: ScheduleResult, id: string): string {
  const task = result.tasks.find((t) => t.id === id);
  if (!task) throw new Error(`no task ${id} in the schedule`);
  return `${formatDateTime(task.start).slice(0, 16)} – ${formatDateTime(task.finish).slice(0, 16)}`;
}
