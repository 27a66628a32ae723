import type { DurationUnitInput } from '@tandem/api';
import type { DurationScale } from '../../lib/format';

/** The longest duration the API accepts, in minutes (10 years of 24-hour days). */
export const MAX_DURATION_MINUTES = 5_256_000;

export type DurationParse =
  | { readonly ok: true; readonly minutes: number; readonly unit: DurationUnitInput }
  | { readonly ok: false; readonly error: string };

// What planners type after the number, as Microsoft Project spells it, mapped to the API's units.
const UNIT_WORDS: Readonly<Record<string, 'm' | 'h' | 'd' | 'w' | 'mo'>> = {
  m: 'm',
  min: 'm',
  mins: 'm',
  minute: 'm',
  minutes: 'm',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  d: 'd',
  dy: 'd',
  day: 'd',
  days: 'd',
  w: 'w',
  wk: 'w',
  wks: 'w',
  week: 'w',
  weeks: 'w',
  mo: 'mo',
  mon: 'mo',
  mons: 'mo',
  month: 'mo',
  months: 'mo',
};

/**
 * Minutes in one `unit`: working units use the project's calendar options (minutes per day and
 * week, days per month); elapsed units (`e…`) count every minute of the clock (24-hour days,
 * 7-day weeks, 30-day months).
 */
export function minutesPerUnit(unit: DurationUnitInput, scale: DurationScale): number {
  switch (unit) {
    case 'm':
    case 'em':
      return 1;
    case 'h':
    case 'eh':
      return 60;
    case 'd':
      return scale.minutesPerDay;
    case 'w':
      return scale.minutesPerWeek;
    case 'mo':
      return scale.minutesPerDay * scale.daysPerMonth;
    case 'ed':
      return 1440;
    case 'ew':
      return 7 * 1440;
    case 'emo':
      return 30 * 1440;
  }
}

/**
 * Reads a duration as typed in the sheet: a number and an optional unit (`5d`, `3h`, `2w`, `1mo`,
 * `1.5 days`, `3ed` for elapsed days); a bare number is days. `signed` allows a leading `+`/`-`
 * (lags). The result is in minutes (working minutes, or elapsed minutes for `e…` units), rounded.
 */
export function parseDuration(
  text: string,
  scale: DurationScale,
  options: { readonly signed?: boolean } = {},
): DurationParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Enter a duration such as 5d, 3h or 2w' };
  const match = /^([+-])?\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*(e)?\s*([a-z]*)\??$/i.exec(trimmed);
  if (!match) return { ok: false, error: `“${trimmed}” is not a duration (try 5d, 3h, 2w, 1mo)` };
  const [, sign, amountText, elapsedMark, unitText] = match;
  if (sign && !options.signed)
    return { ok: false, error: `A duration cannot be ${sign === '-' ? 'negative' : 'signed'}` };
  const word = unitText.toLowerCase();
  const base = word === '' ? 'd' : UNIT_WORDS[word];
  if (!base) return { ok: false, error: `Unknown unit “${unitText}” in “${trimmed}” (use m, h, d, w or mo)` };
  const unit = (elapsedMark ? `e${base}` : base) as DurationUnitInput;
  const amount = Number(amountText.replace(',', '.'));
  const minutes = Math.round(amount * minutesPerUnit(unit, scale));
  if (minutes > MAX_DURATION_MINUTES) return { ok: false, error: `“${trimmed}” is longer than 10 years` };
  return { ok: true, minutes: sign === '-' ? -minutes : minutes, unit };
}

/**
 * The unit a lag of `minutes` working minutes reads best in: days when it is a whole number of
 * days, else hours when whole hours, else minutes.
 */
export function naturalLagUnit(minutes: number, scale: DurationScale): 'd' | 'h' | 'm' {
  const size = Math.abs(minutes);
  if (size % scale.minutesPerDay === 0) return 'd';
  if (size % 60 === 0) return 'h';
  return 'm';
}
