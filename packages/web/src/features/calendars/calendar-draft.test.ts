import type { Calendar } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import {
  type CalendarDraft,
  defaultRecurrence,
  describeDay,
  describeRecurrence,
  draftFromCalendar,
  draftToBody,
  STANDARD_SHIFTS,
} from './calendar-draft';

const standardDay = {
  working: true,
  ranges: [
    { from: 480, to: 720 },
    { from: 780, to: 1020 },
  ],
};
const off = { working: false, ranges: [] };

const standard: Calendar = {
  id: '0190a000-0000-7000-8000-000000000001',
  workspaceId: '0190a000-0000-7000-8000-000000000002',
  name: 'Standard',
  baseCalendarId: null,
  week: [off, standardDay, standardDay, standardDay, standardDay, standardDay, off],
  exceptions: [
    {
      name: 'Christmas',
      from: '2026-12-25',
      to: '2030-12-25',
      working: false,
      ranges: [],
      recurrence: { type: 'yearly', interval: 1, dayOfMonth: 25, month: 12 },
    },
    { from: '2026-03-07', to: '2026-03-07', working: true, ranges: [{ from: 540, to: 780 }] },
  ],
  workWeeks: [],
  version: 4,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
};

function withWeekday(draft: CalendarDraft, index: number, day: CalendarDraft['week'][number]): CalendarDraft {
  return { ...draft, week: draft.week.map((d, i) => (i === index ? day : d)) };
}

describe('calendar drafts', () => {
  it('round-trips a stored calendar through the form unchanged', () => {
    const result = draftToBody(draftFromCalendar(standard));
    expect(result).toEqual({
      ok: true,
      body: {
        name: 'Standard',
        baseCalendarId: null,
        week: standard.week,
        exceptions: standard.exceptions,
      },
    });
  });

  it('holds several shifts a day and reads 00:00 as the end of the day', () => {
    const draft = withWeekday(draftFromCalendar(standard), 6, {
      mode: 'working',
      shifts: [
        { from: '06:00', to: '14:00' },
        { from: '14:00', to: '22:00' },
        { from: '22:00', to: '00:00' },
      ],
    });
    const result = draftToBody(draft);
    expect(result.ok && result.body.week?.[6]).toEqual({
      working: true,
      ranges: [
        { from: 360, to: 840 },
        { from: 840, to: 1320 },
        { from: 1320, to: 1440 },
      ],
    });
  });

  it('names each bad period by its place in the form', () => {
    const draft = withWeekday(draftFromCalendar(standard), 1, {
      mode: 'working',
      shifts: [
        { from: '08:00', to: '12:00' },
        { from: '11:00', to: '17:00' },
        { from: '18:00', to: '17:30' },
        { from: '8h', to: '19:00' },
      ],
    });
    const result = draftToBody(draft);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({
      'week.1.shifts.1.from': 'Starts before the previous period ends (12:00)',
      'week.1.shifts.2.to': 'End must be after start',
      'week.1.shifts.3.from': 'Start must be a time HH:MM',
    });
  });

  it('lets only a derived calendar inherit a weekday', () => {
    const inherit = withWeekday(draftFromCalendar(standard), 3, { mode: 'inherit', shifts: [] });
    expect(draftToBody(inherit)).toMatchObject({ ok: false, errors: { 'week.3.mode': expect.any(String) } });
    const derived = draftToBody({ ...inherit, baseCalendarId: standard.id });
    expect(derived.ok && derived.body.week?.[3]).toBeNull();
  });

  it('refuses an exception ending before it starts, or a weekly rule without days', () => {
    const draft = draftFromCalendar(standard);
    const bad: CalendarDraft = {
      ...draft,
      exceptions: [
        { ...draft.exceptions[1], from: '2026-03-09', to: '2026-03-08' },
        {
          ...draft.exceptions[0],
          recurrence: { ...defaultRecurrence('weekly', '2026-12-25'), daysOfWeek: [] },
        },
      ],
    };
    expect(draftToBody(bad)).toMatchObject({
      ok: false,
      errors: {
        'exceptions.0.to': 'Must not be before the first day',
        'exceptions.1.recurrence.daysOfWeek': 'Choose at least one weekday',
      },
    });
  });

  it('saves a monthly rule on the n-th weekday', () => {
    const draft = draftFromCalendar(standard);
    const recurrence = {
      ...defaultRecurrence('monthly', '2026-03-05'),
      on: 'weekday' as const,
      occurrences: 6,
    };
    expect(recurrence.weekOfMonth).toBe(1);
    expect(recurrence.dayOfWeek).toBe(4);
    const result = draftToBody({ ...draft, exceptions: [{ ...draft.exceptions[0], recurrence }] });
    expect(result.ok && result.body.exceptions?.[0].recurrence).toEqual({
      type: 'monthly',
      interval: 1,
      occurrences: 6,
      weekOfMonth: 1,
      dayOfWeek: 4,
    });
  });

  it('describes days and rules in words', () => {
    expect(describeDay({ mode: 'working', shifts: STANDARD_SHIFTS })).toBe('08:00–12:00, 13:00–17:00');
    expect(describeDay({ mode: 'inherit', shifts: [] })).toBe('As in base calendar');
    expect(
      describeRecurrence({ ...defaultRecurrence('weekly', '2026-03-02'), interval: 2, daysOfWeek: [1, 5] }),
    ).toBe('Every 2 weeks on Monday, Friday');
    expect(describeRecurrence(draftFromCalendar(standard).exceptions[0].recurrence!)).toBe(
      'Every year on 25 December',
    );
    expect(
      describeRecurrence({
        ...defaultRecurrence('monthly', '2026-03-30'),
        on: 'weekday',
        weekOfMonth: 5,
        occurrences: 3,
      }),
    ).toBe('Every month on the last Monday, 3 times');
  });
});
