import { describe, expect, it } from 'vitest';
import { formatTimeOfDay, parseTimeOfDay } from './time-of-day';

describe('times of day', () => {
  it('reads and prints HH:MM, with 24:00 as midnight at the end of the day', () => {
    expect(parseTimeOfDay('08:30')).toBe(510);
    expect(parseTimeOfDay('7:05')).toBe(425);
    expect(parseTimeOfDay('24:00')).toBe(1440);
    expect(formatTimeOfDay(1440)).toBe('24:00');
    expect(formatTimeOfDay(780)).toBe('13:00');
  });
  it('refuses what is not a time of day', () => {
    expect(parseTimeOfDay('25:00')).toBeNull();
    expect(parseTimeOfDay('08:60')).toBeNull();
    expect(parseTimeOfDay('24:30')).toBeNull();
    expect(parseTimeOfDay('8h')).toBeNull();
  });
});
