import { describe, expect, it } from 'vitest';
import { STANDARD_SCALE } from '../../lib/format';
import { naturalLagUnit, parseDuration } from './duration-input';

const sixHourDays = { minutesPerDay: 360, minutesPerWeek: 1800, daysPerMonth: 22 };

describe('parseDuration', () => {
  it('reads days, hours, weeks, months and minutes with the project calendar', () => {
    expect(parseDuration('5d', STANDARD_SCALE)).toEqual({ ok: true, minutes: 2400, unit: 'd' });
    expect(parseDuration('3h', STANDARD_SCALE)).toEqual({ ok: true, minutes: 180, unit: 'h' });
    expect(parseDuration('2w', STANDARD_SCALE)).toEqual({ ok: true, minutes: 4800, unit: 'w' });
    expect(parseDuration('1mo', STANDARD_SCALE)).toEqual({ ok: true, minutes: 9600, unit: 'mo' });
    expect(parseDuration('45m', STANDARD_SCALE)).toEqual({ ok: true, minutes: 45, unit: 'm' });
  });
  it('uses the calendar options of the project, not a fixed 8-hour day', () => {
    expect(parseDuration('2d', sixHourDays)).toEqual({ ok: true, minutes: 720, unit: 'd' });
    expect(parseDuration('1w', sixHourDays)).toEqual({ ok: true, minutes: 1800, unit: 'w' });
    expect(parseDuration('1mo', sixHourDays)).toEqual({ ok: true, minutes: 7920, unit: 'mo' });
  });
  it('treats a bare number as days and accepts decimals, commas and spelled-out units', () => {
    expect(parseDuration('4', STANDARD_SCALE)).toEqual({ ok: true, minutes: 1920, unit: 'd' });
    expect(parseDuration('1.5 days', STANDARD_SCALE)).toEqual({ ok: true, minutes: 720, unit: 'd' });
    expect(parseDuration('0,5w', STANDARD_SCALE)).toEqual({ ok: true, minutes: 1200, unit: 'w' });
    expect(parseDuration(' 2 Weeks ', STANDARD_SCALE)).toEqual({ ok: true, minutes: 4800, unit: 'w' });
    expect(parseDuration('0d', STANDARD_SCALE)).toEqual({ ok: true, minutes: 0, unit: 'd' });
  });
  it('reads elapsed units on the 24-hour clock', () => {
    expect(parseDuration('3ed', STANDARD_SCALE)).toEqual({ ok: true, minutes: 4320, unit: 'ed' });
    expect(parseDuration('1ew', sixHourDays)).toEqual({ ok: true, minutes: 10080, unit: 'ew' });
    expect(parseDuration('2eh', STANDARD_SCALE)).toEqual({ ok: true, minutes: 120, unit: 'eh' });
    expect(parseDuration('1emo', STANDARD_SCALE)).toEqual({ ok: true, minutes: 43200, unit: 'emo' });
  });
  it('refuses text, unknown units, signs and absurd lengths with a message', () => {
    expect(parseDuration('', STANDARD_SCALE)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Enter'),
    });
    expect(parseDuration('soon', STANDARD_SCALE)).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a duration'),
    });
    expect(parseDuration('3x', STANDARD_SCALE)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Unknown unit “x”'),
    });
    expect(parseDuration('-2d', STANDARD_SCALE)).toMatchObject({
      ok: false,
      error: expect.stringContaining('negative'),
    });
    expect(parseDuration('20000d', STANDARD_SCALE)).toMatchObject({
      ok: false,
      error: expect.stringContaining('10 years'),
    });
  });
  it('accepts a sign when asked (lags and leads)', () => {
    expect(parseDuration('-1d', STANDARD_SCALE, { signed: true })).toEqual({
      ok: true,
      minutes: -480,
      unit: 'd',
    });
    expect(parseDuration('+2h', STANDARD_SCALE, { signed: true })).toEqual({
      ok: true,
      minutes: 120,
      unit: 'h',
    });
  });
});

describe('naturalLagUnit', () => {
  it('prefers whole days, then whole hours, then minutes', () => {
    expect(naturalLagUnit(960, STANDARD_SCALE)).toBe('d');
    expect(naturalLagUnit(-480, STANDARD_SCALE)).toBe('d');
    expect(naturalLagUnit(120, STANDARD_SCALE)).toBe('h');
    expect(naturalLagUnit(90, STANDARD_SCALE)).toBe('m');
  });
});
