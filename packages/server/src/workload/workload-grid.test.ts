import { formatDateTime, parseDateTime } from '@tandem/engine';
import { describe, expect, it } from 'vitest';
import { workloadWindow } from './workload-grid';

const at = (text: string) => parseDateTime(text);

describe('workload window', () => {
  it('snaps days to midnight and covers the end of the window', () => {
    const window = workloadWindow(at('2026-03-02T10:30'), at('2026-03-04T09:00'), 'day');
    expect(window.starts.map(formatDateTime)).toEqual([
      '2026-03-02T00:00:00',
      '2026-03-03T00:00:00',
      '2026-03-04T00:00:00',
    ]);
    expect(formatDateTime(window.end)).toBe('2026-03-05T00:00:00');
  });

  it('snaps weeks back to Monday, also from a Sunday', () => {
    // 8 March 2026 is a Sunday: its week began on Monday 2 March
    const window = workloadWindow(at('2026-03-08T12:00'), at('2026-03-10T00:00'), 'week');
    expect(window.starts.map(formatDateTime)).toEqual(['2026-03-02T00:00:00', '2026-03-09T00:00:00']);
    expect(formatDateTime(window.end)).toBe('2026-03-16T00:00:00');
  });

  it('gives one period when the window is empty', () => {
    const window = workloadWindow(at('2026-03-02T08:00'), at('2026-03-02T08:00'), 'day');
    expect(window.starts).toHaveLength(1);
  });
});
