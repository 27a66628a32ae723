import type { CalendarDefinition, DayWorkingTime } from '../model/calendar.types';

const WORKDAY: DayWorkingTime = {
  working: true,
  ranges: [
    { from: 8 * 60, to: 12 * 60 },
    { from: 13 * 60, to: 17 * 60 },
  ],
};
const NON_WORKING_DAY: DayWorkingTime = { working: false, ranges: [] };

/** Microsoft Project's "Standard" base calendar: Monday–Friday 08:00–12:00 and 13:00–17:00, no exceptions. */
export function standardCalendar(id = 'standard'): CalendarDefinition {
  return {
    id,
    name: 'Standard',
    baseCalendarId: null,
    week: [NON_WORKING_DAY, WORKDAY, WORKDAY, WORKDAY, WORKDAY, WORKDAY, NON_WORKING_DAY],
    exceptions: [],
    workWeeks: [],
  };
}
