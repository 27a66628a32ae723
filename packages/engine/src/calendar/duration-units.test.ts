import { describe, expect, it } from 'vitest';
import type { DurationSettings } from '../model/project.types';
import {
  DEFAULT_DURATION_SETTINGS,
  formatDuration,
  fromMinutes,
  parseDuration,
  toMinutes,
} from './duration-units';

const settings = DEFAULT_DURATION_SETTINGS;
const sixHourDays: DurationSettings = { minutesPerDay: 360, minutesPerWeek: 1800, daysPerMonth: 21 };

describe('toMinutes and fromMinutes', () => {
  it.each([
    [1, 'm', 1],
    [2.5, 'h', 150],
    [3, 'd', 1440],
    [1, 'w', 2400],
    [1, 'mo', 9600],
    [90, 'em', 90],
    [2, 'eh', 120],
    [4, 'ed', 5760],
    [1, 'ew', 10080],
    [1, 'emo', 43200],
  ] as const)('converts %d %s to %d minutes and back', (value, unit, minutes) => {
    expect(toMinutes(value, unit, settings)).toBe(minutes);
    expect(fromMinutes(minutes, unit, settings)).toBe(value);
  });

  it("uses the project's hours per day, per week and days per month for working units only", () => {
    expect(toMinutes(1, 'd', sixHourDays)).toBe(360);
    expect(toMinutes(1, 'w', sixHourDays)).toBe(1800);
    expect(toMinutes(1, 'mo', sixHourDays)).toBe(21 * 360);
    expect(toMinutes(1, 'ed', sixHourDays)).toBe(1440);
  });

  it('refuses percent units and bad settings', () => {
    expect(() => toMinutes(50, '%', settings)).toThrow(/percentage of a predecessor's duration/);
    expect(() => toMinutes(1, 'd', { ...settings, minutesPerDay: 0 })).toThrow(
      /minutesPerDay must be a positive/,
    );
  });
});

describe('formatDuration', () => {
  it('writes the value in its unit with up to two decimals', () => {
    expect(formatDuration(1440, 'd', settings)).toBe('3d');
    expect(formatDuration(150, 'h', settings)).toBe('2.5h');
    expect(formatDuration(2400, 'w', settings)).toBe('1w');
    expect(formatDuration(5760, 'ed', settings)).toBe('4ed');
    expect(formatDuration(160, 'd', settings)).toBe('0.33d');
    expect(formatDuration(1440, 'd', settings, true)).toBe('3d?');
    expect(() => formatDuration(Number.NaN, 'd', settings)).toThrow(/cannot format NaN minutes/);
  });
});

describe('parseDuration', () => {
  it.each([
    ['3d', 1440, 'd', false],
    ['2.5 h', 150, 'h', false],
    ['1w', 2400, 'w', false],
    ['4 edays', 5760, 'ed', false],
    ['30m', 30, 'm', false],
    ['1mo', 9600, 'mo', false],
    ['3d?', 1440, 'd', true],
    ['  2 Days ? ', 960, 'd', true],
    ['1.5 ehr', 90, 'eh', false],
    ['-2d', -960, 'd', false],
    ['.5w', 1200, 'w', false],
  ] as const)('reads "%s" as %d minutes in %s', (text, minutes, unit, estimated) => {
    expect(parseDuration(text, settings)).toEqual({ minutes, unit, estimated });
  });

  it('gives a bare number the default unit and rounds to whole minutes', () => {
    expect(parseDuration('2', settings)).toEqual({ minutes: 960, unit: 'd', estimated: false });
    expect(parseDuration('2', settings, 'h')).toEqual({ minutes: 120, unit: 'h', estimated: false });
    expect(parseDuration('0.001d', settings).minutes).toBe(0);
    expect(parseDuration('1.3333d', settings).minutes).toBe(640);
  });

  it('round-trips what formatDuration writes', () => {
    for (const [minutes, unit] of [
      [1440, 'd'],
      [150, 'h'],
      [5760, 'ed'],
      [9600, 'mo'],
    ] as const) {
      expect(parseDuration(formatDuration(minutes, unit, settings, true), settings)).toEqual({
        minutes,
        unit,
        estimated: true,
      });
    }
  });

  it.each(['', '?', 'd', 'three days', '3 fortnights', '3d??', '3,5d', '1e3d'])(
    'names the bad text "%s"',
    (text) => {
      expect(() => parseDuration(text, settings)).toThrow(`"${text}"`);
    },
  );
});
