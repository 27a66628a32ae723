import { describe, expect, it } from 'vitest';
import { signInRequestSchema } from './auth';
import { floatingDateTimeSchema } from './common';
import { projectCalendarSchema } from './projects';
import { createTaskRequestSchema } from './tasks';

describe('request contracts', () => {
  it('reject unknown fields and name them', () => {
    const result = createTaskRequestSchema.safeParse({ name: 'Design', duration: 480, colour: 'red' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('colour');
  });

  it('reject a fractional duration', () => {
    const result = createTaskRequestSchema.safeParse({ name: 'Design', duration: 1.5 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['duration']);
  });

  it('lower-case the email on sign-in', () => {
    expect(signInRequestSchema.parse({ email: 'Demo@Tandem.Local', password: 'x' }).email).toBe(
      'demo@tandem.local',
    );
  });

  it('accept floating date-times and refuse zones and impossible dates', () => {
    expect(floatingDateTimeSchema.safeParse('2026-03-02T08:00:00').success).toBe(true);
    expect(floatingDateTimeSchema.safeParse('2026-03-02T08:00').success).toBe(true);
    expect(floatingDateTimeSchema.safeParse('2026-03-02T08:00:00Z').success).toBe(false);
    expect(floatingDateTimeSchema.safeParse('2026-02-30T08:00:00').success).toBe(false);
  });

  it('keep plan dates within 1900–2199 so computed finishes stay four-digit years', () => {
    expect(floatingDateTimeSchema.safeParse('2199-12-31T17:00:00').success).toBe(true);
    expect(floatingDateTimeSchema.safeParse('9999-01-01T08:00:00').success).toBe(false);
    expect(floatingDateTimeSchema.safeParse('0001-01-01T08:00:00').success).toBe(false);
  });

  it('refuse NUL characters in free text, naming the field', () => {
    const result = createTaskRequestSchema.safeParse({ name: 'Design', duration: 0, notes: 'a\u0000b' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['notes']);
  });

  it('trim names and refuse blank ones', () => {
    expect(createTaskRequestSchema.parse({ name: '  Design  ', duration: 0 }).name).toBe('Design');
    expect(createTaskRequestSchema.safeParse({ name: '   ', duration: 0 }).success).toBe(false);
  });

  it('refuse overlapping working periods', () => {
    const calendar = {
      minutesPerDay: 480,
      minutesPerWeek: 2400,
      daysPerMonth: 20,
      workingDays: [1, 2, 3, 4, 5],
      workingTimes: [
        { from: 480, to: 780 },
        { from: 720, to: 1020 },
      ],
    };
    expect(projectCalendarSchema.safeParse(calendar).success).toBe(false);
  });
});
