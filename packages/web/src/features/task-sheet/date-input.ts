export type DateParse =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly error: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function build(year: number, month: number, day: number, minuteOfDay: number, text: string): DateParse {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, error: `“${text}” is not a calendar date` };
  }
  if (year < 1900 || year > 2199) return { ok: false, error: 'Dates must be between 1900 and 2199' };
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}T${pad(hours)}:${pad(minutes)}:00` };
}

function timeOf(h: string | undefined, m: string | undefined, fallback: number): number | null {
  if (h === undefined) return fallback;
  const hours = Number(h);
  const minutes = Number(m ?? '0');
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/**
 * Reads a date typed in the start or finish column to a floating date-time
 * (`YYYY-MM-DDTHH:MM:SS`): `2026-03-02`, `2/3/2026` (day first), `2 Mar 2026`, `Mon 2 Mar 26`, each
 * with an optional `HH:MM`. Without a time, `defaultMinuteOfDay` (minutes after midnight) is used:
 * the calendar's first working minute for a start, its last for a finish.
 */
export function parseDateInput(text: string, defaultMinuteOfDay: number): DateParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Enter a date such as 2026-03-02' };
  const time = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?`;
  const iso = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${time}$`).exec(trimmed);
  const numeric = new RegExp(String.raw`^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})${time}$`).exec(trimmed);
  const named = new RegExp(
    String.raw`^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2}|\d{4})${time}$`,
    'i',
  ).exec(trimmed);
  let parts: { year: number; month: number; day: number; h?: string; m?: string } | null = null;
  if (iso) parts = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), h: iso[4], m: iso[5] };
  else if (numeric) {
    parts = {
      year: fullYear(numeric[3]),
      month: Number(numeric[2]),
      day: Number(numeric[1]),
      h: numeric[4],
      m: numeric[5],
    };
  } else if (named) {
    const month = MONTHS.indexOf(named[2].toLowerCase()) + 1;
    if (month === 0) return { ok: false, error: `Unknown month “${named[2]}”` };
    parts = { year: fullYear(named[3]), month, day: Number(named[1]), h: named[4], m: named[5] };
  }
  if (!parts) return { ok: false, error: `“${trimmed}” is not a date (try 2026-03-02 or 2 Mar 2026)` };
  const minute = timeOf(parts.h, parts.m, defaultMinuteOfDay);
  if (minute === null) return { ok: false, error: `“${trimmed}” has an impossible time` };
  return build(parts.year, parts.month, parts.day, minute, trimmed);
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** The date part of a floating date-time as the editor shows it (`2026-03-02`). */
export function dateForEditing(value: string): string {
  return value.slice(0, 10);
}
