import { DEFAULT_PROJECT_CALENDAR, type ProjectCalendar, projectCalendarSchema } from '@tandem/api';
import { dayOfWeek, formatDateTime, parseDateTime } from '@tandem/engine';

/** Reads the `projects.calendar` JSON column; a damaged value falls back to the Standard calendar. */
export function parseProjectCalendar(json: string): ProjectCalendar {
  try {
    const parsed = projectCalendarSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : DEFAULT_PROJECT_CALENDAR;
  } catch {
    return DEFAULT_PROJECT_CALENDAR;
  }
}

/**
 * A default project start: the first working day on or after `today` (floating `YYYY-MM-DD`), at
 * the calendar's first working time.
 */
export function defaultProjectStart(calendar: ProjectCalendar, today: string): string {
  let day = parseDateTime(`${today}T00:00`);
  for (let i = 0; i < 7 && !calendar.workingDays.includes(dayOfWeek(day)); i += 1) day += 1440;
  return formatDateTime(day + calendar.workingTimes[0].from);
}
