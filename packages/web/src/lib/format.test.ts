import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatDuration, formatTaskDate, parseDurationInput } from './format';

describe('formatDuration', () => {
  it('shows a duration in the unit it was entered in', () => {
    expect(formatDuration(2400, 'd')).toBe('5d');
    expect(formatDuration(4800, 'w')).toBe('2w');
    expect(formatDuration(180, 'h')).toBe('3h');
  });
  it('shows 0d for a milestone', () => {
    expect(formatDuration(0, 'd')).toBe('0d');
  });
  it('uses the project calendar for days and weeks', () => {
    const sixHourDays = { minutesPerDay: 360, minutesPerWeek: 1800, daysPerMonth: 20 };
    expect(formatDuration(720, 'd', sixHourDays)).toBe('2d');
    expect(formatDuration(1800, 'w', sixHourDays)).toBe('1w');
  });
  it('counts elapsed units on the 24-hour clock', () => {
    expect(formatDuration(2880, 'ed')).toBe('2ed');
  });
  it('rounds fractions to one decimal', () => {
    expect(formatDuration(9280, 'd')).toBe('19.3d');
  });
});

describe('parseDurationInput', () => {
  it('reads days by default and the h, d, w units', () => {
    expect(parseDurationInput('3')).toEqual({ minutes: 1440, unit: 'd' });
    expect(parseDurationInput('2w')).toEqual({ minutes: 4800, unit: 'w' });
    expect(parseDurationInput(' 4 h ')).toEqual({ minutes: 240, unit: 'h' });
    expect(parseDurationInput('1,5d')).toEqual({ minutes: 720, unit: 'd' });
  });
  it('refuses what is not a duration', () => {
    expect(parseDurationInput('')).toBeNull();
    expect(parseDurationInput('three days')).toBeNull();
    expect(parseDurationInput('-2d')).toBeNull();
  });
});

describe('dates', () => {
  it('prints floating dates without any time-zone shift', () => {
    expect(formatDate('2026-03-02T23:30:00')).toBe('2 Mar 2026');
    expect(formatTaskDate('2026-03-02T08:00:00')).toBe('Mon 2 Mar 26');
  });
  it('shows a dash for a missing or unreadable date', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('soon')).toBe('—');
  });
  it('shortens a range within one year', () => {
    expect(formatDateRange('2026-11-23T08:00:00', '2027-06-07T17:00:00')).toBe('23 Nov 2026 – 7 Jun 2027');
    expect(formatDateRange('2026-03-02T08:00:00', '2026-06-05T17:00:00')).toBe('2 Mar – 5 Jun 2026');
    expect(formatDateRange('2026-03-02T08:00:00', null)).toBe('from 2 Mar 2026');
  });
});
