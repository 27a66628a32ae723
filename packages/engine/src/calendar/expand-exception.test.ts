import { describe, expect, it } from 'vitest';
import type { CalendarException, Recurrence } from '../model/calendar.types';
import { parseDateTime } from '../model/time';
import { formatDay } from './civil-days';
import { expandException } from './expand-exception';

const fail = (message: string): never => {
  throw new Error(message);
};

function days(from: string, to: string, recurrence?: Recurrence): string[] {
  const exception: CalendarException = {
    from: parseDateTime(from),
    to: parseDateTime(to),
    working: false,
    ranges: [],
    recurrence,
  };
  return expandException(exception, fail).map(formatDay);
}

describe('expandException', () => {
  it('covers every day of a plain range, whatever the times of day', () => {
    expect(days('2024-02-28T17:00', '2024-03-01T08:00')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('repeats daily every n days until the end date', () => {
    expect(days('2024-02-27', '2024-03-05', { type: 'daily', interval: 3 })).toEqual([
      '2024-02-27',
      '2024-03-01',
      '2024-03-04',
    ]);
  });

  it('repeats weekly on Monday and Wednesday every 2 weeks for 6 occurrences', () => {
    const rule: Recurrence = { type: 'weekly', interval: 2, daysOfWeek: [3, 1], occurrences: 6 };
    expect(days('2024-01-01', '2024-01-01', rule)).toEqual([
      '2024-01-01',
      '2024-01-03',
      '2024-01-15',
      '2024-01-17',
      '2024-01-29',
      '2024-01-31',
    ]);
  });

  it('skips weekly days before the start within the first week', () => {
    const rule: Recurrence = { type: 'weekly', interval: 1, daysOfWeek: [1, 5] };
    expect(days('2024-01-03', '2024-01-15', rule)).toEqual([
      '2024-01-05',
      '2024-01-08',
      '2024-01-12',
      '2024-01-15',
    ]);
  });

  it('groups the days of a fortnightly rule in Sunday-to-Saturday weeks', () => {
    const weekend = { type: 'weekly', interval: 2, daysOfWeek: [0, 6], occurrences: 3 } as const;
    expect(days('2024-01-06', '2024-01-06', weekend)).toEqual(['2024-01-06', '2024-01-14', '2024-01-20']);
  });

  it('repeats on the 2nd Tuesday of every month', () => {
    const rule: Recurrence = { type: 'monthly', interval: 1, weekOfMonth: 2, dayOfWeek: 2 };
    expect(days('2024-01-01', '2024-06-30', rule)).toEqual([
      '2024-01-09',
      '2024-02-13',
      '2024-03-12',
      '2024-04-09',
      '2024-05-14',
      '2024-06-11',
    ]);
  });

  it('repeats on the last Friday every 2 months', () => {
    const rule: Recurrence = { type: 'monthly', interval: 2, weekOfMonth: 5, dayOfWeek: 5, occurrences: 3 };
    expect(days('2024-01-01', '2024-01-01', rule)).toEqual(['2024-01-26', '2024-03-29', '2024-05-31']);
  });

  it('puts a monthly day 31 on the last day of shorter months', () => {
    const rule: Recurrence = { type: 'monthly', interval: 1, dayOfMonth: 31, occurrences: 4 };
    expect(days('2024-01-31', '2024-01-31', rule)).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
    ]);
  });

  it('starts a monthly rule at the first occurrence on or after the start date', () => {
    const rule: Recurrence = { type: 'monthly', interval: 1, dayOfMonth: 5, occurrences: 2 };
    expect(days('2024-01-10', '2024-01-10', rule)).toEqual(['2024-02-05', '2024-03-05']);
  });

  it('repeats yearly on December 25', () => {
    const rule: Recurrence = { type: 'yearly', interval: 1, month: 12, dayOfMonth: 25 };
    expect(days('2024-12-25', '2026-12-31', rule)).toEqual(['2024-12-25', '2025-12-25', '2026-12-25']);
  });

  it('repeats yearly on the 4th Thursday of November', () => {
    const rule: Recurrence = {
      type: 'yearly',
      interval: 1,
      month: 11,
      weekOfMonth: 4,
      dayOfWeek: 4,
      occurrences: 3,
    };
    expect(days('2024-01-01', '2024-01-01', rule)).toEqual(['2024-11-28', '2025-11-27', '2026-11-26']);
  });

  it('repeats every 2 years, skipping a date already past in the first year', () => {
    const rule: Recurrence = { type: 'yearly', interval: 2, month: 3, dayOfMonth: 1 };
    expect(days('2024-06-01', '2030-12-31', rule)).toEqual(['2026-03-01', '2028-03-01', '2030-03-01']);
  });

  it('names the faulty field of a bad rule', () => {
    expect(() => days('2024-01-01', '2024-02-01', { type: 'weekly', interval: 1 })).toThrow(
      /needs daysOfWeek/,
    );
    expect(() => days('2024-01-01', '2024-02-01', { type: 'daily', interval: 0 })).toThrow(/interval 0/);
    expect(() =>
      days('2024-01-01', '2024-02-01', {
        type: 'monthly',
        interval: 1,
        dayOfMonth: 3,
        weekOfMonth: 1,
        dayOfWeek: 1,
      }),
    ).toThrow(/either dayOfMonth or weekOfMonth/);
    expect(() =>
      days('2024-01-01', '2024-02-01', { type: 'yearly', interval: 1, month: 13, dayOfMonth: 1 }),
    ).toThrow(/month 13/);
    expect(() => days('2024-03-01', '2024-02-01')).toThrow(
      /ends \(2024-02-01\) before it starts \(2024-03-01\)/,
    );
    expect(() => days('1850-03-01', '1850-04-01')).toThrow(/outside the supported years/);
  });

  // The last day Microsoft Project 2016 itself computed for each "End after n occurrences" rule
  // (ToDate in /work/shared/samples/mspdi/mpxj__calendar-recurring-exceptions-project2016-mspdi.xml).
  // That project's week starts on Monday, yet "Weekly 7 Sunday" from Monday 2001-01-01 skips Sunday
  // the 7th: Microsoft Project's recurrence weeks run Sunday to Saturday.
  it.each<[string, string, Recurrence, string]>([
    ['Daily 1', '2000-01-01', { type: 'daily', interval: 1, occurrences: 3 }, '2000-01-03'],
    ['Daily 2', '2000-02-01', { type: 'daily', interval: 3, occurrences: 4 }, '2000-02-10'],
    ['Daily 4', '2000-04-01', { type: 'daily', interval: 7, occurrences: 6 }, '2000-05-06'],
    [
      'Weekly 2 Tuesday',
      '2001-01-01',
      { type: 'weekly', interval: 2, daysOfWeek: [2], occurrences: 4 },
      '2001-02-13',
    ],
    [
      'Weekly 6 Saturday',
      '2001-01-01',
      { type: 'weekly', interval: 6, daysOfWeek: [6], occurrences: 8 },
      '2001-10-27',
    ],
    [
      'Weekly 7 Sunday',
      '2001-01-01',
      { type: 'weekly', interval: 7, daysOfWeek: [0], occurrences: 9 },
      '2002-03-17',
    ],
    [
      'Monthly Relative 1',
      '2002-01-01',
      { type: 'monthly', interval: 2, weekOfMonth: 1, dayOfWeek: 1, occurrences: 3 },
      '2002-05-06',
    ],
    [
      'Monthly Relative 4',
      '2002-01-01',
      { type: 'monthly', interval: 5, weekOfMonth: 4, dayOfWeek: 4, occurrences: 6 },
      '2004-02-26',
    ],
    [
      'Monthly Relative 5',
      '2002-01-01',
      { type: 'monthly', interval: 6, weekOfMonth: 5, dayOfWeek: 5, occurrences: 7 },
      '2005-01-28',
    ],
    [
      'Monthly Relative 7',
      '2002-01-01',
      { type: 'monthly', interval: 8, weekOfMonth: 2, dayOfWeek: 0, occurrences: 9 },
      '2007-05-13',
    ],
    [
      'Monthly Absolute 2',
      '2003-01-01',
      { type: 'monthly', interval: 5, dayOfMonth: 4, occurrences: 6 },
      '2005-02-04',
    ],
    [
      'Yearly Relative 1',
      '2004-01-01',
      { type: 'yearly', interval: 1, month: 3, weekOfMonth: 1, dayOfWeek: 2, occurrences: 4 },
      '2007-03-06',
    ],
    [
      'Yearly Relative 3',
      '2004-01-01',
      { type: 'yearly', interval: 1, month: 5, weekOfMonth: 3, dayOfWeek: 4, occurrences: 6 },
      '2009-05-21',
    ],
    [
      'Yearly Absolute 3',
      '2005-01-01',
      { type: 'yearly', interval: 1, month: 4, dayOfMonth: 3, occurrences: 5 },
      '2009-04-03',
    ],
  ])('ends "%s" where Microsoft Project does', (_name, from, rule, last) => {
    const result = days(from, from, rule);
    expect(result).toHaveLength(rule.occurrences!);
    expect(result.at(-1)).toBe(last);
  });
});
