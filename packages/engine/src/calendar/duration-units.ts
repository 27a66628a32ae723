import type { DurationSettings, DurationUnit } from '../model/project.types';

/** A duration unit that measures time: every DurationUnit but the percent lags. */
export type TimeUnit = Exclude<DurationUnit, '%' | 'e%'>;

/** Microsoft Project's defaults: 8 hours a day, 40 a week, 20 days a month. */
export const DEFAULT_DURATION_SETTINGS: DurationSettings = {
  minutesPerDay: 480,
  minutesPerWeek: 2400,
  daysPerMonth: 20,
};

const ELAPSED_MINUTES: Readonly<Record<string, number>> = {
  em: 1,
  eh: 60,
  ed: 1440,
  ew: 10_080,
  emo: 43_200,
};

/** Is the unit elapsed (24 hours a day, 7 days a week) rather than working time? */
export function isElapsedUnit(unit: DurationUnit): boolean {
  return unit.startsWith('e');
}

/** Minutes in one `unit`: working minutes for m/h/d/w/mo, elapsed minutes for em/eh/ed/ew/emo. */
export function minutesPerUnit(unit: DurationUnit, settings: DurationSettings): number {
  switch (unit) {
    case 'm':
      return 1;
    case 'h':
      return 60;
    case 'd':
      return settings.minutesPerDay;
    case 'w':
      return settings.minutesPerWeek;
    case 'mo':
      return settings.daysPerMonth * settings.minutesPerDay;
    case '%':
    case 'e%':
      throw new RangeError(`"${unit}" is a percentage of a predecessor's duration, not a unit of time`);
    default: {
      const minutes = ELAPSED_MINUTES[unit];
      if (minutes === undefined) throw new RangeError(`unknown duration unit "${unit}"`);
      return minutes;
    }
  }
}

function checkSettings(settings: DurationSettings): void {
  for (const key of ['minutesPerDay', 'minutesPerWeek', 'daysPerMonth'] as const) {
    const value = settings[key];
    if (!Number.isFinite(value) || value <= 0) {
      throw new RangeError(`duration settings: ${key} must be a positive number, not ${value}`);
    }
  }
}

/**
 * Minutes in `value` units (working minutes for m/h/d/w/mo, elapsed for em…emo), unrounded.
 * @example toMinutes(2, 'd', DEFAULT_DURATION_SETTINGS) === 960
 */
export function toMinutes(value: number, unit: DurationUnit, settings: DurationSettings): number {
  checkSettings(settings);
  return value * minutesPerUnit(unit, settings);
}

/** `minutes` expressed in `unit` (the inverse of toMinutes), unrounded. */
export function fromMinutes(minutes: number, unit: DurationUnit, settings: DurationSettings): number {
  checkSettings(settings);
  return minutes / minutesPerUnit(unit, settings);
}

/**
 * Text such as "3d", "2.5h", "1w", "4ed" or "3d?" (estimated): the value in `unit`, rounded to
 * two decimals with trailing zeros dropped.
 */
export function formatDuration(
  minutes: number,
  unit: DurationUnit,
  settings: DurationSettings,
  estimated = false,
): string {
  if (!Number.isFinite(minutes)) throw new RangeError(`cannot format ${minutes} minutes as a duration`);
  const value = Math.round(fromMinutes(minutes, unit, settings) * 100) / 100;
  return `${Object.is(value, -0) ? 0 : value}${unit}${estimated ? '?' : ''}`;
}

export interface ParsedDuration {
  /** Whole minutes: working minutes, or elapsed minutes when `unit` is elapsed. */
  readonly minutes: number;
  readonly unit: TimeUnit;
  readonly estimated: boolean;
}

const UNIT_WORDS: ReadonlyArray<readonly [TimeUnit, readonly string[]]> = [
  ['m', ['m', 'min', 'mins', 'minute', 'minutes']],
  ['h', ['h', 'hr', 'hrs', 'hour', 'hours']],
  ['d', ['d', 'dy', 'dys', 'day', 'days']],
  ['w', ['w', 'wk', 'wks', 'week', 'weeks']],
  ['mo', ['mo', 'mon', 'mons', 'month', 'months']],
];

/** Lower-case spelling → unit, for working units and their elapsed twins ("e" + any spelling). */
const UNIT_BY_WORD: ReadonlyMap<string, TimeUnit> = new Map(
  UNIT_WORDS.flatMap(([unit, words]) =>
    words.flatMap((word) => [[word, unit] as const, [`e${word}`, `e${unit}` as TimeUnit] as const]),
  ),
);

const DURATION_PATTERN = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*([a-z]*)\s*(\?)?$/;

/**
 * Reads a duration as typed in Microsoft Project: "3d", "2.5 h", "1w", "4 edays", "30m", "1mo",
 * "3d?" (estimated). A bare number takes `defaultUnit`. A sign is accepted (lags may be negative).
 * Minutes are rounded to whole minutes.
 * @throws RangeError naming the text that is not a duration.
 */
export function parseDuration(
  text: string,
  settings: DurationSettings,
  defaultUnit: TimeUnit = 'd',
): ParsedDuration {
  const match = DURATION_PATTERN.exec(text.trim().toLowerCase());
  if (!match) {
    throw new RangeError(`not a duration: "${text}" (expected a number and a unit, such as "3d" or "2.5h")`);
  }
  const [, number, word, question] = match;
  const unit = word === '' ? defaultUnit : UNIT_BY_WORD.get(word);
  if (unit === undefined) {
    throw new RangeError(
      `not a duration: "${text}" (unknown unit "${word}"; use m, h, d, w, mo or em … emo)`,
    );
  }
  const minutes = Math.round(toMinutes(Number(number), unit, settings));
  return { minutes: Object.is(minutes, -0) ? 0 : minutes, unit, estimated: question === '?' };
}
