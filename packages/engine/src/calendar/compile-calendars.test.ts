import { describe, expect, it } from 'vitest';
import type { CalendarDefinition, DayWorkingTime } from '../model/calendar.types';
import { parseDateTime } from '../model/time';
import { CalendarError } from './calendar-error';
import { compileCalendars } from './compile-calendars';
import { standardCalendar } from './standard-calendar';

const off: DayWorkingTime = { working: false, ranges: [] };
const day = (from: number, to: number): DayWorkingTime => ({ working: true, ranges: [{ from, to }] });
const derived = (id: string, baseCalendarId: string): CalendarDefinition => ({
  id,
  name: id,
  baseCalendarId,
  week: Array(7).fill(null),
  exceptions: [],
});

function compileError(definitions: CalendarDefinition[]): CalendarError {
  try {
    compileCalendars(definitions);
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error('compileCalendars did not throw');
}

describe('compileCalendars', () => {
  it('compiles the Standard calendar under the id it is given', () => {
    const set = compileCalendars([standardCalendar('std')]);
    expect([...set.keys()]).toEqual(['std']);
    expect(set.get('std')!.workingBetween(parseDateTime('2024-01-08'), parseDateTime('2024-01-09'))).toBe(
      480,
    );
  });

  it('resolves a chain of derived calendars given before their bases', () => {
    const set = compileCalendars([derived('c', 'b'), derived('b', 'a'), standardCalendar('a')]);
    expect(set.get('c')!.isWorking(parseDateTime('2024-01-08T09:00'))).toBe(true);
  });

  it('lets a derived calendar that changes nothing answer as its base, under its own id', () => {
    const set = compileCalendars([standardCalendar('company'), derived('bob', 'company')]);
    const bob = set.get('bob')!;
    expect(bob.id).toBe('bob');
    const monday = parseDateTime('2024-01-08T08:00');
    expect(bob.addWorking(monday, 1000)).toBe(set.get('company')!.addWorking(monday, 1000));
  });

  it('names a missing base calendar', () => {
    const error = compileError([derived('alice', 'nope')]);
    expect(error.calendarId).toBe('alice');
    expect(error.message).toMatch(/calendar "alice" names base calendar "nope", which does not exist/);
  });

  it('names a base-calendar cycle', () => {
    const error = compileError([derived('a', 'b'), derived('b', 'a')]);
    expect(error.message).toMatch(/base-calendar cycle: a → b → a/);
  });

  it.each([
    [[{ from: 600, to: 480 }], /the week, Monday: range 1 starts at or after its end \(600 ≥ 480\)/],
    [[{ from: 480, to: 1500 }], /range 1 \(480–1500\) is outside 0..1440/],
    [[{ from: -60, to: 480 }], /outside 0..1440/],
    [
      [
        { from: 480, to: 720 },
        { from: 700, to: 900 },
      ],
      /ranges 480–720 and 700–900 overlap/,
    ],
  ])('names a bad range %j', (ranges, message) => {
    const calendar = standardCalendar('bad');
    const week = [...calendar.week];
    week[1] = { working: true, ranges };
    expect(compileError([{ ...calendar, week }]).message).toMatch(message);
  });

  it('joins touching ranges instead of rejecting them', () => {
    const calendar = standardCalendar('touch');
    const week = [...calendar.week];
    week[1] = {
      working: true,
      ranges: [
        { from: 720, to: 1020 },
        { from: 480, to: 720 },
      ],
    };
    const compiled = compileCalendars([{ ...calendar, week }]).get('touch')!;
    expect(compiled.toWorkingFinish(parseDateTime('2024-01-08T12:00'))).toBe(
      parseDateTime('2024-01-08T12:00'),
    );
    expect(compiled.workingBetween(parseDateTime('2024-01-08'), parseDateTime('2024-01-09'))).toBe(540);
  });

  it('rejects a calendar with no working time at all, and a duplicate id', () => {
    const idle: CalendarDefinition = { id: 'idle', name: 'Idle', week: Array(7).fill(off), exceptions: [] };
    expect(compileError([idle]).message).toMatch(/calendar "Idle" \(id idle\) has no working time at all/);
    expect(compileError([standardCalendar('x'), standardCalendar('x')]).message).toMatch(
      /"x" is defined twice/,
    );
  });

  it('rejects a base calendar that leaves a weekday to a base it does not have', () => {
    const week = [...standardCalendar().week];
    week[0] = null;
    expect(compileError([{ ...standardCalendar('s'), week }]).message).toMatch(
      /leaves Sunday to a base calendar/,
    );
  });

  it('names overlapping exceptions and a bad exception', () => {
    const holiday = (name: string, from: string, to: string) => ({
      name,
      from: parseDateTime(from),
      to: parseDateTime(to),
      working: false,
      ranges: [],
    });
    const overlapping = {
      ...standardCalendar('s'),
      exceptions: [
        holiday('Summer', '2024-07-01', '2024-07-31'),
        holiday('Fair', '2024-07-31', '2024-08-02'),
      ],
    };
    expect(compileError([overlapping]).message).toMatch(
      /exception "Summer" and exception "Fair" overlap on 2024-07-31/,
    );
    const badRange = {
      ...standardCalendar('s'),
      exceptions: [
        {
          ...holiday('Half day', '2024-07-01', '2024-07-01'),
          working: true,
          ranges: [{ from: 600, to: 500 }],
        },
      ],
    };
    expect(compileError([badRange]).message).toMatch(
      /exception "Half day": range 1 starts at or after its end/,
    );
  });

  it('throws a CalendarError rather than looping when no working time lies ahead', () => {
    const onlyOneDay: CalendarDefinition = {
      id: 'once',
      name: 'Once',
      week: Array(7).fill(off),
      exceptions: [{ from: parseDateTime('2024-01-10'), to: parseDateTime('2024-01-10'), ...day(480, 960) }],
    };
    const calendar = compileCalendars([onlyOneDay]).get('once')!;
    expect(calendar.addWorking(parseDateTime('2024-01-01'), 480)).toBe(parseDateTime('2024-01-10T16:00'));
    expect(() => calendar.toWorkingStart(parseDateTime('2024-02-01'))).toThrow(CalendarError);
    expect(() => calendar.addWorking(parseDateTime('2024-01-01'), 481)).toThrow(
      /no working time in the \d+ days/,
    );
    expect(() => calendar.subtractWorking(parseDateTime('2024-01-01'), 1)).toThrow(/no working time/);
    expect(() => calendar.toWorkingFinish(parseDateTime('2024-01-01'))).toThrow(/no working time/);
    expect(calendar.workingBetween(parseDateTime('2000-01-01'), parseDateTime('2040-01-01'))).toBe(480);
  });

  it('names the derived calendar, not its base, when no working time lies ahead', () => {
    const once: CalendarDefinition = {
      id: 'once',
      name: 'Once',
      week: Array(7).fill(off),
      exceptions: [{ from: parseDateTime('2024-01-10'), to: parseDateTime('2024-01-10'), ...day(480, 960) }],
    };
    const calendar = compileCalendars([once, derived('twice', 'once')]).get('twice')!;
    expect(() => calendar.toWorkingStart(parseDateTime('2024-02-01'))).toThrow(
      /calendar "twice" has no working time in the \d+ days from 2024-0\d-\d\d on/,
    );
  });

  it('rejects a time that is not a finite number or is millennia away', () => {
    const calendar = compileCalendars([standardCalendar()]).get('standard')!;
    expect(() => calendar.addWorking(Number.NaN, 10)).toThrow(
      /"standard": addWorking\(t\) must be a finite number/,
    );
    expect(() => calendar.workingBetween(0, 1e12)).toThrow(/workingBetween\(b\)/);
    expect(() => calendar.addWorking(0, Number.POSITIVE_INFINITY)).toThrow(/addWorking\(minutes\)/);
  });
});

describe('overlapping recurring exceptions', () => {
  it('lets the exception listed first keep a day that two recurring rules share', () => {
    const day = { working: true, ranges: [{ from: 480, to: 1020 }] };
    const off = { working: false, ranges: [] };
    const calendars = compileCalendars([
      {
        id: 'c',
        name: 'C',
        week: [off, day, day, day, day, day, off],
        exceptions: [
          {
            name: 'First of the month off',
            from: parseDateTime('2024-01-01'),
            to: parseDateTime('2024-12-31'),
            working: false,
            ranges: [],
            recurrence: { type: 'monthly', interval: 1, dayOfMonth: 1 },
          },
          {
            name: 'Short Mondays',
            from: parseDateTime('2024-01-01'),
            to: parseDateTime('2024-12-31'),
            working: true,
            ranges: [{ from: 480, to: 720 }],
            recurrence: { type: 'weekly', interval: 1, daysOfWeek: [1] },
          },
        ],
      },
    ]);
    const calendar = calendars.get('c')!;
    // 2024-01-01 is a Monday and the first of the month: the first rule wins, so it is off.
    expect(calendar.isWorking(parseDateTime('2024-01-01T09:00'))).toBe(false);
    // 2024-01-08 is an ordinary Monday: the second rule applies, working 08:00–12:00 only.
    expect(calendar.isWorking(parseDateTime('2024-01-08T09:00'))).toBe(true);
    expect(calendar.isWorking(parseDateTime('2024-01-08T14:00'))).toBe(false);
  });
});
