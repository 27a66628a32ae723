import { describe, expect, it } from 'vitest';
import { mondayOfWeek } from './insert-plan';

describe('mondayOfWeek', () => {
  it('gives Monday 08:00 of the same week, whatever the weekday', () => {
    expect(mondayOfWeek(new Date('2026-11-25T22:07:00Z'))).toBe('2026-11-23T08:00:00'); // Wednesday
    expect(mondayOfWeek(new Date('2026-11-23T00:00:00Z'))).toBe('2026-11-23T08:00:00'); // Monday
    expect(mondayOfWeek(new Date('2026-11-29T23:59:00Z'))).toBe('2026-11-23T08:00:00'); // Sunday
    expect(mondayOfWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-12-28T08:00:00'); // across a year
  });
});
