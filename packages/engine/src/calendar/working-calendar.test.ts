import { describe, expect, it } from 'vitest';
import type { CalendarDefinition, DayWorkingTime, WorkingRange } from '../model/calendar.types';
import { formatDateTime, parseDateTime } from '../model/time';
import { MINUTES_PER_DAY } from './civil-days';
import { compileCalendars } from './compile-calendars';
import { standardCalendar } from './standard-calendar';
import { BLOCK_DAYS } from './working-blocks';
import type { WorkingCalendar } from './working-calendar.types';

const at = parseDateTime;
const show = (t: number) => formatDateTime(t).slice(0, 16);
const off: DayWorkingTime = { working: false, ranges: [] };
const on = (...ranges: [number, number][]): DayWorkingTime => ({
  working: true,
  ranges: ranges.map(([from, to]): WorkingRange => ({ from: from * 60, to: to * 60 })),
});
const holiday = (day: string, name = day) => ({
  name,
  from: at(day),
  to: at(day),
  working: false,
  ranges: [],
});

function compileOne(definitions: CalendarDefinition[], id: string): WorkingCalendar {
  const calendar = compileCalendars(definitions).get(id);
  if (!calendar) throw new Error(`no calendar ${id}`);
  return calendar;
}

// 2024-01-08 is a Monday.
describe('the Standard calendar', () => {
  const standard = compileOne([standardCalendar()], 'standard');

  it('ends 8 working hours from Monday 08:00 at Monday 17:00', () => {
    expect(show(standard.addWorking(at('2024-01-08T08:00'), 480))).toBe('2024-01-08T17:00');
  });

  it('ends at the lunch break rather than after it', () => {
    expect(show(standard.addWorking(at('2024-01-08T08:00'), 240))).toBe('2024-01-08T12:00');
    expect(show(standard.addWorking(at('2024-01-08T08:00'), 241))).toBe('2024-01-08T13:01');
  });

  it('carries 1 minute from Friday 17:00 over the weekend to Monday 08:01', () => {
    expect(show(standard.addWorking(at('2024-01-12T17:00'), 1))).toBe('2024-01-15T08:01');
  });

  it('spans a weekend: 3 days from Friday 08:00 end on Tuesday 17:00', () => {
    expect(show(standard.addWorking(at('2024-01-12T08:00'), 3 * 480))).toBe('2024-01-16T17:00');
  });

  it('moves a start at the end of the day to the next working morning', () => {
    expect(show(standard.toWorkingStart(at('2024-01-12T17:00')))).toBe('2024-01-15T08:00');
    expect(show(standard.toWorkingStart(at('2024-01-08T12:00')))).toBe('2024-01-08T13:00');
    expect(show(standard.toWorkingStart(at('2024-01-13T10:00')))).toBe('2024-01-15T08:00');
    expect(show(standard.toWorkingStart(at('2024-01-08T10:30')))).toBe('2024-01-08T10:30');
  });

  it('moves a finish at the start of the day back to the previous working evening', () => {
    expect(show(standard.toWorkingFinish(at('2024-01-15T08:00')))).toBe('2024-01-12T17:00');
    expect(show(standard.toWorkingFinish(at('2024-01-08T13:00')))).toBe('2024-01-08T12:00');
    expect(show(standard.toWorkingFinish(at('2024-01-14T10:00')))).toBe('2024-01-12T17:00');
    expect(show(standard.toWorkingFinish(at('2024-01-08T17:00')))).toBe('2024-01-08T17:00');
  });

  it('subtracts back to the start of a period when exact', () => {
    expect(show(standard.subtractWorking(at('2024-01-08T17:00'), 480))).toBe('2024-01-08T08:00');
    expect(show(standard.subtractWorking(at('2024-01-08T17:00'), 240))).toBe('2024-01-08T13:00');
    expect(show(standard.subtractWorking(at('2024-01-15T08:00'), 1))).toBe('2024-01-12T16:59');
    expect(show(standard.subtractWorking(at('2024-01-16T17:00'), 3 * 480))).toBe('2024-01-12T08:00');
  });

  it('treats a negative addition as a subtraction and 0 as no move', () => {
    expect(show(standard.addWorking(at('2024-01-08T17:00'), -480))).toBe('2024-01-08T08:00');
    expect(show(standard.subtractWorking(at('2024-01-08T08:00'), -480))).toBe('2024-01-08T17:00');
    expect(show(standard.addWorking(at('2024-01-13T10:00'), 0))).toBe('2024-01-13T10:00');
  });

  it('tells working minutes and counts a reversed span as negative', () => {
    expect(standard.isWorking(at('2024-01-08T08:00'))).toBe(true);
    expect(standard.isWorking(at('2024-01-08T11:59'))).toBe(true);
    expect(standard.isWorking(at('2024-01-08T12:00'))).toBe(false);
    expect(standard.isWorking(at('2024-01-13T10:00'))).toBe(false);
    expect(standard.workingBetween(at('2024-01-08T00:00'), at('2024-01-15T00:00'))).toBe(2400);
    expect(standard.workingBetween(at('2024-01-15T00:00'), at('2024-01-08T00:00'))).toBe(-2400);
  });

  it('spans ten years exactly: 2610 working days from 2024-01-01 to 2034-01-01', () => {
    // 3653 days = 521 weeks + 6 days (Mon–Sat of the last week hold 5 working days): 521 × 5 + 5.
    const from = at('2024-01-01T00:00');
    const to = at('2034-01-01T00:00');
    expect(standard.workingBetween(from, to)).toBe(2610 * 480);
    expect(standard.addWorking(from, 2610 * 480)).toBe(at('2033-12-30T17:00'));
  });
});

describe('holidays and derived calendars', () => {
  const base: CalendarDefinition = {
    ...standardCalendar('company'),
    name: 'Company',
    exceptions: [
      holiday('2024-01-01', 'New Year'),
      { ...holiday('2024-12-25', 'Christmas'), to: at('2024-12-26') },
      holiday('2024-02-05', 'Founders day'),
    ],
  };
  const alice: CalendarDefinition = {
    id: 'alice',
    name: 'Alice',
    baseCalendarId: 'company',
    week: [null, null, null, null, null, null, on([9, 13])],
    exceptions: [
      { name: 'Vacation', from: at('2024-01-15'), to: at('2024-01-19T23:59'), working: false, ranges: [] },
      { name: 'Founders day shift', from: at('2024-02-05'), to: at('2024-02-05'), ...on([10, 14]) },
    ],
  };
  const calendars = compileCalendars([base, alice]);
  const company = calendars.get('company')!;
  const resource = calendars.get('alice')!;

  it('counts working time across a weekend and a two-day holiday', () => {
    // Fri 20th, Mon 23rd, Tue 24th, (25th and 26th off), Fri 27th: 4 days.
    expect(company.workingBetween(at('2024-12-20T08:00'), at('2024-12-27T17:00'))).toBe(4 * 480);
    expect(show(company.addWorking(at('2024-12-24T08:00'), 481))).toBe('2024-12-27T08:01');
  });

  it('inherits base holidays and days, and adds its own vacation week and Saturdays', () => {
    expect(resource.isWorking(at('2024-01-01T10:00'))).toBe(false);
    expect(resource.isWorking(at('2024-01-02T10:00'))).toBe(true);
    // Fri 12th 8h, Sat 13th 4h, vacation 15th–19th, Sat 20th 4h, Mon 22nd–Wed 24th 24h = 40h.
    expect(show(resource.addWorking(at('2024-01-12T08:00'), 2400))).toBe('2024-01-24T17:00');
    expect(resource.workingBetween(at('2024-01-15T00:00'), at('2024-01-20T00:00'))).toBe(0);
    expect(company.workingBetween(at('2024-01-15T00:00'), at('2024-01-20T00:00'))).toBe(2400);
  });

  it("lets its own exception win over the base's on the same day", () => {
    expect(company.isWorking(at('2024-02-05T10:00'))).toBe(false);
    expect(resource.isWorking(at('2024-02-05T10:00'))).toBe(true);
    expect(resource.workingBetween(at('2024-02-05T00:00'), at('2024-02-06T00:00'))).toBe(240);
  });
});

describe('recurring exceptions', () => {
  const meetings: CalendarDefinition = {
    ...standardCalendar('meetings'),
    exceptions: [
      {
        name: 'Board day (2nd Tuesday)',
        from: at('2024-01-01'),
        to: at('2024-12-31'),
        working: false,
        ranges: [],
        recurrence: { type: 'monthly', interval: 1, weekOfMonth: 2, dayOfWeek: 2 },
      },
      {
        name: 'Christmas',
        from: at('2024-12-25'),
        to: at('2030-12-31'),
        working: false,
        ranges: [],
        recurrence: { type: 'yearly', interval: 1, month: 12, dayOfMonth: 25 },
      },
      {
        name: 'Short Fridays',
        from: at('2024-01-05'),
        to: at('2024-01-05'),
        ...on([8, 12]),
        recurrence: { type: 'weekly', interval: 2, daysOfWeek: [5], occurrences: 3 },
      },
    ],
  };
  const calendar = compileOne([meetings], 'meetings');

  it('skips the 2nd Tuesday of each month', () => {
    // Mon 8th 08:00 + 16h: Mon 8h, Tue 9th is the board day, Wed 10th 8h.
    expect(show(calendar.addWorking(at('2024-01-08T08:00'), 960))).toBe('2024-01-10T17:00');
    expect(calendar.isWorking(at('2024-02-13T10:00'))).toBe(false);
    expect(calendar.isWorking(at('2024-02-20T10:00'))).toBe(true);
  });

  it('skips December 25 every year, whatever the weekday', () => {
    expect(calendar.isWorking(at('2025-12-25T10:00'))).toBe(false);
    expect(calendar.isWorking(at('2029-12-25T10:00'))).toBe(false);
    expect(calendar.workingBetween(at('2025-12-22'), at('2025-12-27'))).toBe(4 * 480);
  });

  it('shortens every other Friday three times, then returns to full days', () => {
    expect(calendar.workingBetween(at('2024-01-05'), at('2024-01-06'))).toBe(240);
    expect(calendar.workingBetween(at('2024-01-12'), at('2024-01-13'))).toBe(480);
    expect(calendar.workingBetween(at('2024-02-02'), at('2024-02-03'))).toBe(240);
    expect(calendar.workingBetween(at('2024-02-16'), at('2024-02-17'))).toBe(480);
  });
});

describe('work weeks', () => {
  const summer: CalendarDefinition = {
    ...standardCalendar('summer'),
    workWeeks: [
      {
        name: 'Summer hours',
        from: at('2024-07-01'),
        to: at('2024-08-31'),
        days: [null, on([7, 17]), on([7, 17]), on([7, 17]), on([7, 17]), off, null],
      },
    ],
    exceptions: [holiday('2024-07-04')],
  };
  const calendar = compileOne([summer], 'summer');

  it('uses the work week inside its dates and the default week outside', () => {
    expect(show(calendar.addWorking(at('2024-07-01T07:00'), 600))).toBe('2024-07-01T17:00');
    expect(calendar.isWorking(at('2024-07-05T10:00'))).toBe(false);
    expect(calendar.isWorking(at('2024-07-06T10:00'))).toBe(false);
    expect(show(calendar.toWorkingStart(at('2024-09-02T07:00')))).toBe('2024-09-02T08:00');
  });

  it('lets the work week listed last win where two overlap', () => {
    const overlapping = compileOne(
      [
        {
          ...summer,
          workWeeks: [
            ...summer.workWeeks!,
            {
              name: 'August push',
              from: at('2024-08-01'),
              to: at('2024-08-31'),
              days: [on([6, 18]), on([6, 18]), null, on([6, 18]), on([6, 18]), on([6, 18]), on([6, 18])],
            },
          ],
        },
      ],
      'summer',
    );
    expect(overlapping.workingBetween(at('2024-07-29'), at('2024-07-30'))).toBe(600);
    expect(overlapping.workingBetween(at('2024-08-05'), at('2024-08-06'))).toBe(720);
    expect(overlapping.workingBetween(at('2024-08-10'), at('2024-08-11'))).toBe(720);
    // Its null Tuesday means the default week (8h), not the overlapped summer hours (10h).
    expect(overlapping.workingBetween(at('2024-08-06'), at('2024-08-07'))).toBe(480);
  });

  it('lets exceptions win over the work week', () => {
    // Wed 3rd 07:00 + 10h = Wed 17:00; Thu 4th is a holiday, Fri 5th off, so 1 more minute is Mon 8th.
    expect(show(calendar.addWorking(at('2024-07-03T07:00'), 601))).toBe('2024-07-08T07:01');
  });
});

describe('a night-shift calendar', () => {
  const tueToFri = on([0, 3], [4, 8], [23, 24]);
  const night: CalendarDefinition = {
    id: 'night',
    name: 'Night Shift',
    week: [off, on([23, 24]), tueToFri, tueToFri, tueToFri, tueToFri, on([0, 3], [4, 8])],
    exceptions: [],
  };
  const calendar = compileOne([night], 'night');

  it('ends 4 hours from Monday 23:00 at Tuesday 03:00 (1 h before midnight, 3 h after)', () => {
    expect(show(calendar.addWorking(at('2024-01-08T23:00'), 240))).toBe('2024-01-09T03:00');
    expect(show(calendar.addWorking(at('2024-01-08T23:00'), 241))).toBe('2024-01-09T04:01');
  });

  it('treats midnight inside a shift as working time, neither an end nor a start', () => {
    const midnight = at('2024-01-09T00:00');
    expect(calendar.toWorkingStart(midnight)).toBe(midnight);
    expect(calendar.toWorkingFinish(midnight)).toBe(midnight);
    expect(show(calendar.addWorking(at('2024-01-08T23:00'), 60))).toBe('2024-01-09T00:00');
    expect(show(calendar.subtractWorking(at('2024-01-09T03:00'), 240))).toBe('2024-01-08T23:00');
    expect(show(calendar.toWorkingFinish(at('2024-01-09T04:00')))).toBe('2024-01-09T03:00');
  });

  it('works 40 hours a week', () => {
    expect(calendar.workingBetween(at('2024-01-08T00:00'), at('2024-01-15T00:00'))).toBe(2400);
  });

  it('joins a shift that crosses the boundary between two compiled blocks', () => {
    const allDay = compileOne(
      [{ id: 'always', name: 'Always', week: Array(7).fill(on([0, 24])), exceptions: [] }],
      'always',
    );
    const boundary = 77 * BLOCK_DAYS * MINUTES_PER_DAY;
    expect(allDay.toWorkingStart(boundary)).toBe(boundary);
    expect(allDay.toWorkingFinish(boundary)).toBe(boundary);
    expect(allDay.addWorking(boundary - 30, 90)).toBe(boundary + 60);
    expect(allDay.subtractWorking(boundary + 60, 90)).toBe(boundary - 30);
    expect(allDay.workingBetween(boundary - 30, boundary + 60)).toBe(90);
  });
});
