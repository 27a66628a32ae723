import { describe, expect, it } from 'vitest';
import { timeAgo } from './notification-format';

describe('timeAgo', () => {
  const now = Date.parse('2026-11-26T12:00:00.000Z');

  it('says just now, minutes and hours within a day', () => {
    expect(timeAgo('2026-11-26T11:59:30.000Z', now)).toBe('just now');
    expect(timeAgo('2026-11-26T11:55:00.000Z', now)).toBe('5 min ago');
    expect(timeAgo('2026-11-26T09:00:00.000Z', now)).toBe('3 h ago');
  });

  it('gives the date after a day, and treats a clock behind the server as now', () => {
    expect(timeAgo('2026-11-20T09:00:00.000Z', now)).toMatch(/2026/);
    expect(timeAgo('2026-11-26T12:00:05.000Z', now)).toBe('just now');
  });

  it('refuses a value that is not an instant', () => {
    expect(() => timeAgo('yesterday', now)).toThrow(/"yesterday" is not an ISO instant/);
  });
});
