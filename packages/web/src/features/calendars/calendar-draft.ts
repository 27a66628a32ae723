import type {
  Calendar,
  CalendarExceptionInput,
  DayWorkingTimeInput,
  UpdateCalendarRequest,
} from '@tandem/api';
import { formatTimeOfDay, parseTimeOfDay } from './time-of-day';

// The calendar editor's form state: times as the inputs hold them ("08:00"), turned into the
// API's minutes only when saving, with every problem named by its place in the form.

export type DayMode = 'inherit' | 'nonworking' | 'working';

/** A working period as typed, `"HH:MM"`; a `to` of `"00:00"` means midnight at the end of the day. */
export interface ShiftDraft {
  readonly from: string;
  readonly to: string;
}

export interface DayDraft {
  readonly mode: DayMode;
  readonly shifts: readonly ShiftDraft[];
}

export type RecurrenceType = 'daily' | 'weekly' | 'monthly' | 'yearly';

/** Microsoft Project's recurrence "Details…", as the form holds it. */
export interface RecurrenceDraft {
  readonly type: RecurrenceType;
  readonly interval: number;
  /** End after this many occurrences; null = run until the exception's `to` date. */
  readonly occurrences: number | null;
  /** weekly: 0 = Sunday … 6 = Saturday. */
  readonly daysOfWeek: readonly number[];
  /** monthly / yearly: on a day of the month, or on the n-th weekday. */
  readonly on: 'dayOfMonth' | 'weekday';
  readonly dayOfMonth: number;
  /** 1–4, or 5 = last. */
  readonly weekOfMonth: number;
  readonly dayOfWeek: number;
  /** yearly: 1–12. */
  readonly month: number;
}

export interface ExceptionDraft {
  readonly name: string;
  /** `YYYY-MM-DD`, inclusive. */
  readonly from: string;
  readonly to: string;
  readonly working: boolean;
  readonly shifts: readonly ShiftDraft[];
  readonly recurrence: RecurrenceDraft | null;
}

export interface CalendarDraft {
  readonly name: string;
  readonly baseCalendarId: string | null;
  /** Sunday first, 7 days. */
  readonly week: readonly DayDraft[];
  readonly exceptions: readonly ExceptionDraft[];
}

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** Microsoft Project's Standard shifts: 08:00–12:00 and 13:00–17:00. */
export const STANDARD_SHIFTS: readonly ShiftDraft[] = [
  { from: '08:00', to: '12:00' },
  { from: '13:00', to: '17:00' },
];

function shiftsFrom(ranges: readonly { from: number; to: number }[]): ShiftDraft[] {
  return ranges.map((range) => ({ from: formatTimeOfDay(range.from), to: formatTimeOfDay(range.to) }));
}

function dayDraftFrom(day: DayWorkingTimeInput | null): DayDraft {
  if (day === null) return { mode: 'inherit', shifts: [] };
  if (!day.working || day.ranges.length === 0) return { mode: 'nonworking', shifts: [] };
  return { mode: 'working', shifts: shiftsFrom(day.ranges) };
}

/** A new recurrence of `type` starting from the exception's first day (`YYYY-MM-DD`). */
export function defaultRecurrence(type: RecurrenceType, firstDay: string): RecurrenceDraft {
  const date = new Date(`${firstDay}T00:00:00Z`);
  const valid = !Number.isNaN(date.getTime());
  const dayOfMonth = valid ? date.getUTCDate() : 1;
  const dayOfWeek = valid ? date.getUTCDay() : 1;
  return {
    type,
    interval: 1,
    occurrences: null,
    daysOfWeek: [dayOfWeek],
    on: 'dayOfMonth',
    dayOfMonth,
    weekOfMonth: Math.min(5, Math.ceil(dayOfMonth / 7)),
    dayOfWeek,
    month: valid ? date.getUTCMonth() + 1 : 1,
  };
}

function recurrenceDraftFrom(exception: CalendarExceptionInput): RecurrenceDraft | null {
  const r = exception.recurrence;
  if (!r) return null;
  const base = defaultRecurrence(r.type, exception.from);
  return {
    ...base,
    interval: r.interval,
    occurrences: r.occurrences ?? null,
    daysOfWeek: r.daysOfWeek ?? base.daysOfWeek,
    on: r.weekOfMonth !== undefined && r.dayOfWeek !== undefined ? 'weekday' : 'dayOfMonth',
    dayOfMonth: r.dayOfMonth ?? base.dayOfMonth,
    weekOfMonth: r.weekOfMonth ?? base.weekOfMonth,
    dayOfWeek: r.dayOfWeek ?? base.dayOfWeek,
    month: r.month ?? base.month,
  };
}

/** The form state of a stored calendar. */
export function draftFromCalendar(calendar: Calendar): CalendarDraft {
  return {
    name: calendar.name,
    baseCalendarId: calendar.baseCalendarId,
    week: calendar.week.map(dayDraftFrom),
    exceptions: calendar.exceptions.map((exception) => ({
      name: exception.name ?? '',
      from: exception.from,
      to: exception.to,
      working: exception.working,
      shifts: shiftsFrom(exception.ranges),
      recurrence: recurrenceDraftFrom(exception),
    })),
  };
}

/** Problems of a draft by form path (`week.1.shifts.0.to`, `exceptions.2.from`, `name`). */
export type DraftErrors = Readonly<Record<string, string>>;

export type DraftResult =
  | { readonly ok: true; readonly body: Omit<UpdateCalendarRequest, 'version'> }
  | { readonly ok: false; readonly errors: DraftErrors };

/** Working periods in minutes, or problems keyed under `path`. */
function readShifts(
  shifts: readonly ShiftDraft[],
  path: string,
  errors: Record<string, string>,
): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  shifts.forEach((shift, index) => {
    const from = parseTimeOfDay(shift.from);
    const parsedTo = parseTimeOfDay(shift.to);
    // A period ending at 00:00 ends at midnight, as in Microsoft Project.
    const to = parsedTo === 0 ? 1440 : parsedTo;
    if (from === null) errors[`${path}.${index}.from`] = 'Start must be a time HH:MM';
    if (to === null) errors[`${path}.${index}.to`] = 'End must be a time HH:MM';
    if (from === null || to === null) return;
    if (from >= to) {
      errors[`${path}.${index}.to`] = 'End must be after start';
      return;
    }
    const previous = ranges[ranges.length - 1];
    if (previous && from < previous.to) {
      errors[`${path}.${index}.from`] =
        `Starts before the previous period ends (${formatTimeOfDay(previous.to)})`;
      return;
    }
    ranges.push({ from, to });
  });
  return ranges;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The API body of a draft, or every problem by form path: times must be HH:MM with each period
 * after the previous one; a working day needs a period; a base calendar cannot inherit a day;
 * exceptions need dates in order, and recurrences the days they recur on.
 */
export function draftToBody(draft: CalendarDraft): DraftResult {
  const errors: Record<string, string> = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'Name must not be empty';
  else if (name.length > 200) errors.name = 'Name must be at most 200 characters';

  const week = draft.week.map((day, index): DayWorkingTimeInput | null => {
    const path = `week.${index}`;
    if (day.mode === 'inherit') {
      if (draft.baseCalendarId === null) errors[`${path}.mode`] = 'A base calendar must set every weekday';
      return null;
    }
    if (day.mode === 'nonworking') return { working: false, ranges: [] };
    if (day.shifts.length === 0) errors[`${path}.shifts`] = 'A working day needs at least one period';
    return { working: true, ranges: readShifts(day.shifts, `${path}.shifts`, errors) };
  });
  if (week.length !== 7) errors.week = 'The week must have 7 days';

  const exceptions = draft.exceptions.map((exception, index): CalendarExceptionInput => {
    const path = `exceptions.${index}`;
    if (!DATE.test(exception.from)) errors[`${path}.from`] = 'Choose the first day';
    if (!DATE.test(exception.to)) errors[`${path}.to`] = 'Choose the last day';
    else if (DATE.test(exception.from) && exception.to < exception.from)
      errors[`${path}.to`] = 'Must not be before the first day';
    if (exception.working && exception.shifts.length === 0) {
      errors[`${path}.shifts`] = 'A working exception needs at least one period';
    }
    const ranges = exception.working ? readShifts(exception.shifts, `${path}.shifts`, errors) : [];
    const body: CalendarExceptionInput = {
      from: exception.from,
      to: exception.to,
      working: exception.working,
      ranges,
      ...(exception.name.trim() ? { name: exception.name.trim() } : {}),
    };
    const r = exception.recurrence;
    if (!r) return body;
    if (!Number.isInteger(r.interval) || r.interval < 1 || r.interval > 999) {
      errors[`${path}.recurrence.interval`] = 'Repeat every 1–999';
    }
    if (
      r.occurrences !== null &&
      (!Number.isInteger(r.occurrences) || r.occurrences < 1 || r.occurrences > 999)
    ) {
      errors[`${path}.recurrence.occurrences`] = 'End after 1–999 occurrences';
    }
    const recurrence: NonNullable<CalendarExceptionInput['recurrence']> = {
      type: r.type,
      interval: r.interval,
      ...(r.occurrences !== null ? { occurrences: r.occurrences } : {}),
    };
    if (r.type === 'weekly') {
      if (r.daysOfWeek.length === 0) errors[`${path}.recurrence.daysOfWeek`] = 'Choose at least one weekday';
      return { ...body, recurrence: { ...recurrence, daysOfWeek: [...r.daysOfWeek].sort((a, b) => a - b) } };
    }
    if (r.type === 'daily') return { ...body, recurrence };
    const on =
      r.on === 'dayOfMonth'
        ? { dayOfMonth: r.dayOfMonth }
        : { weekOfMonth: r.weekOfMonth, dayOfWeek: r.dayOfWeek };
    if (r.on === 'dayOfMonth' && (r.dayOfMonth < 1 || r.dayOfMonth > 31)) {
      errors[`${path}.recurrence.dayOfMonth`] = 'Day of the month must be 1–31';
    }
    return {
      ...body,
      recurrence: { ...recurrence, ...on, ...(r.type === 'yearly' ? { month: r.month } : {}) },
    };
  });

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: { name, baseCalendarId: draft.baseCalendarId, week, exceptions } };
}

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'last'];
const MONTHS = [
  '',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `"Every 2 weeks on Monday, Friday"`: a recurrence in words for the exception list. */
export function describeRecurrence(r: RecurrenceDraft): string {
  const every = (unit: string) => (r.interval === 1 ? `Every ${unit}` : `Every ${r.interval} ${unit}s`);
  const end = r.occurrences === null ? '' : `, ${r.occurrences} times`;
  const weekday = `the ${ORDINALS[r.weekOfMonth] ?? `${r.weekOfMonth}th`} ${WEEKDAY_NAMES[r.dayOfWeek]}`;
  switch (r.type) {
    case 'daily':
      return `${every('day')}${end}`;
    case 'weekly':
      return `${every('week')} on ${r.daysOfWeek.map((d) => WEEKDAY_NAMES[d]).join(', ')}${end}`;
    case 'monthly':
      return `${every('month')} on ${r.on === 'dayOfMonth' ? `day ${r.dayOfMonth}` : weekday}${end}`;
    case 'yearly':
      return `${every('year')} on ${r.on === 'dayOfMonth' ? `${r.dayOfMonth} ${MONTHS[r.month]}` : `${weekday} of ${MONTHS[r.month]}`}${end}`;
  }
}

/** `"08:00–12:00, 13:00–17:00"`, `"Non-working"`, or `"As in base calendar"`. */
export function describeDay(day: DayDraft): string {
  if (day.mode === 'inherit') return 'As in base calendar';
  if (day.mode === 'nonworking' || day.shifts.length === 0) return 'Non-working';
  return day.shifts.map((shift) => `${shift.from}–${shift.to}`).join(', ');
}
