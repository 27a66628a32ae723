// Small MS Project XML plans for CLI tests: the Standard calendar (Monday–Friday 08:00–12:00 and
// 13:00–17:00) and tasks in hours, optionally after one finish-to-start predecessor.

const WORKDAY = (day: number) =>
  `<WeekDay><DayType>${day}</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>`;

/** One top-level task of `hours` working hours. */
export const mspdiTask = (uid: number, name: string, hours: number, predecessorUid?: number): string =>
  `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>${name}</Name><OutlineLevel>1</OutlineLevel><Duration>PT${hours}H0M0S</Duration><DurationFormat>7</DurationFormat>${
    predecessorUid
      ? `<PredecessorLink><PredecessorUID>${predecessorUid}</PredecessorUID><Type>1</Type></PredecessorLink>`
      : ''
  }</Task>`;

/** A plan starting Monday 8 January 2024 08:00 with these tasks and optional resources/assignments XML. */
export function mspdiPlan(tasks: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
<Title>Plan</Title><ScheduleFromStart>1</ScheduleFromStart><StartDate>2024-01-08T08:00:00</StartDate>
<CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay>
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>
<WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>${[2, 3, 4, 5, 6].map(WORKDAY).join('')}
<WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays></Calendar></Calendars>
<Tasks>${tasks}</Tasks>${extra}
</Project>`;
}
