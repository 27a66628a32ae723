import { describe, expect, it } from 'vitest';
import { parseDateInput } from './date-input';

describe('parseDateInput', () => {
  it('reads ISO dates at the given time of day', () => {
    expect(parseDateInput('2026-03-02', 480)).toEqual({ ok: true, value: '2026-03-02T08:00:00' });
    expect(parseDateInput('2026-3-2 13:30', 480)).toEqual({ ok: true, value: '2026-03-02T13:30:00' });
    expect(parseDateInput('2026-03-06', 1020)).toEqual({ ok: true, value: '2026-03-06T17:00:00' });
  });
  it('reads day-first numeric dates and month names as the sheet prints them', () => {
    expect(parseDateInput('2/3/2026', 480)).toEqual({ ok: true, value: '2026-03-02T08:00:00' });
    expect(parseDateInput('2 Mar 2026', 480)).toEqual({ ok: true, value: '2026-03-02T08:00:00' });
    expect(parseDateInput('Mon 2 Mar 26', 480)).toEqual({ ok: true, value: '2026-03-02T08:00:00' });
    expect(parseDateInput('14 September 2026 09:15', 480)).toEqual({
      ok: true,
      value: '2026-09-14T09:15:00',
    });
  });
  it('refuses impossible dates, unknown months and text', () => {
    expect(parseDateInput('2026-02-30', 480)).toEqual({
      ok: false,
      error: '“2026-02-30” is not a calendar date',
    });
    expect(parseDateInput('3 Foo 2026', 480)).toEqual({ ok: false, error: 'Unknown month “Foo”' });
    expect(parseDateInput('next week', 480)).toMatchObject({
      ok: false,
      error: expect.stringContaining('is not a date'),
    });
    expect(parseDateInput('2026-03-02 25:00', 480)).toMatchObject({
      ok: false,
      error: expect.stringContaining('impossible time'),
    });
    expect(parseDateInput('1800-01-01', 480)).toMatchObject({
      ok: false,
      error: expect.stringContaining('1900'),
    });
    expect(parseDateInput(' ', 480)).toMatchObject({ ok: false });
  });
});
