/**
 * Hand-written MSPDI fixtures for tests: a real-looking document around the task, calendar and
 * resource fragments a test cares about.
 */

export const STANDARD_WEEK = `
      <WeekDays>
        <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
        ${[2, 3, 4, 5, 6]
          .map(
            (day) => `<WeekDay><DayType>${day}</DayType><DayWorking>1</DayWorking><WorkingTimes>
          <WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>
          <WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime>
        </WorkingTimes></WeekDay>`,
          )
          .join('\n        ')}
        <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
      </WeekDays>`;

export const STANDARD_CALENDAR = `
    <Calendar>
      <UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>${STANDARD_WEEK}
    </Calendar>`;

/** A task element with the given children (UID, Name and OutlineLevel default from `uid`). */
export function task(uid: number, body = '', level = 1): string {
  const has = (name: string) => body.includes(`<${name}>`);
  return `
    <Task>
      <UID>${uid}</UID><ID>${uid}</ID>${has('Name') ? '' : `<Name>Task ${uid}</Name>`}
      ${has('OutlineLevel') ? '' : `<OutlineLevel>${level}</OutlineLevel>`}
      ${has('Duration') ? '' : '<Duration>PT8H0M0S</Duration>'}${has('DurationFormat') ? '' : '<DurationFormat>7</DurationFormat>'}
      ${body}
    </Task>`;
}

export interface FixtureParts {
  readonly header?: string;
  readonly calendars?: string;
  readonly tasks?: string;
  readonly resources?: string;
  readonly assignments?: string;
}

/** A complete MSPDI document: Project 2010 style header, Standard calendar unless replaced. */
export function mspdi(parts: FixtureParts = {}): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <SaveVersion>14</SaveVersion>
  <Name>fixture.xml</Name>
  <Title>Fixture</Title>
  <ScheduleFromStart>1</ScheduleFromStart>
  <StartDate>2024-01-08T08:00:00</StartDate>
  <FinishDate>2024-02-08T17:00:00</FinishDate>
  <CriticalSlackLimit>0</CriticalSlackLimit>
  <CurrencyDigits>2</CurrencyDigits>
  <CurrencyCode>EUR</CurrencyCode>
  <CalendarUID>1</CalendarUID>
  <DefaultStartTime>08:00:00</DefaultStartTime>
  <DefaultFinishTime>17:00:00</DefaultFinishTime>
  <MinutesPerDay>480</MinutesPerDay>
  <MinutesPerWeek>2400</MinutesPerWeek>
  <DaysPerMonth>20</DaysPerMonth>
  <DurationFormat>7</DurationFormat>
  <HonorConstraints>1</HonorConstraints>
  ${parts.header ?? ''}
  <Calendars>${parts.calendars ?? STANDARD_CALENDAR}
  </Calendars>
  <Tasks>
    <Task><UID>0</UID><ID>0</ID><Name>Fixture</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>
    ${parts.tasks ?? ''}
  </Tasks>
  <Resources>${parts.resources ?? ''}
  </Resources>
  <Assignments>${parts.assignments ?? ''}
  </Assignments>
</Project>
`;
}
