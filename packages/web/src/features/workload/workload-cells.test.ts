import type { Task, Workload } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import {
  countOverallocated,
  delayReport,
  describeCell,
  formatElapsedDelay,
  formatHours,
  formatPeriodLabel,
  loadRatio,
  MAX_DAY_COLUMNS,
  workloadWindow,
} from './workload-cells';

describe('workload cells', () => {
  it('shows minutes in hours', () => {
    expect(formatHours(480)).toBe('8h');
    expect(formatHours(450)).toBe('7.5h');
    expect(formatHours(0)).toBe('0h');
  });

  it('labels days and weeks without a time zone shift', () => {
    expect(formatPeriodLabel('2026-03-02T00:00:00', 'day')).toBe('Mon 2 Mar');
    expect(formatPeriodLabel('2026-03-02T00:00:00', 'week')).toBe('wk 2 Mar 26');
    expect(() => formatPeriodLabel('March', 'day')).toThrow('"March"');
  });

  it('says overallocated in words, not only in colour', () => {
    expect(
      describeCell('Ana', '2026-03-02T00:00:00', { work: 960, capacity: 480, overallocated: true }, 'day'),
    ).toBe('Ana, Mon 2 Mar: 16h of 8h, overallocated');
    expect(
      describeCell('Ana', '2026-03-02T00:00:00', { work: 240, capacity: 480, overallocated: false }, 'day'),
    ).toBe('Ana, Mon 2 Mar: 4h of 8h');
  });

  it('treats work on a day without capacity as an unbounded load', () => {
    expect(loadRatio({ work: 60, capacity: 0, overallocated: true })).toBe(Number.POSITIVE_INFINITY);
    expect(loadRatio({ work: 0, capacity: 0, overallocated: false })).toBe(0);
    expect(loadRatio({ work: 240, capacity: 480, overallocated: false })).toBe(0.5);
  });

  it('counts overallocated cells per resource', () => {
    const cell = (overallocated: boolean) => ({ work: 0, capacity: 0, overallocated });
    const workload: Workload = {
      period: 'day',
      periods: ['2026-03-02T00:00:00', '2026-03-03T00:00:00'],
      from: '2026-03-02T00:00:00',
      to: '2026-03-04T00:00:00',
      resources: [
        { resourceId: 'r1', name: 'Ana', cells: [cell(true), cell(true)] },
        { resourceId: 'r2', name: 'Bo', cells: [cell(false), cell(false)] },
      ],
      overallocations: [],
    };
    const counts = countOverallocated(workload);
    expect(counts.total).toBe(2);
    expect(counts.byResource.get('r2')).toBe(0);
  });
});

describe('levelling report', () => {
  it('formats elapsed delays in days and hours', () => {
    expect(formatElapsedDelay(45)).toBe('45 min');
    expect(formatElapsedDelay(180)).toBe('3 h');
    expect(formatElapsedDelay(2880)).toBe('2 d');
    expect(formatElapsedDelay(3120)).toBe('2 d 4 h');
  });

  it('names the delayed tasks, longest delay first, and drops zero delays', () => {
    const task = (id: string, name: string, wbs: string) => ({ id, name, wbs }) as Task;
    const rows = delayReport(
      [
        { taskId: 'a', delayMinutes: 1440, from: '2026-03-02T08:00:00', to: '2026-03-03T08:00:00' },
        { taskId: 'b', delayMinutes: 0, from: '2026-03-02T08:00:00', to: '2026-03-02T08:00:00' },
        { taskId: 'gone', delayMinutes: 4320, from: '2026-03-02T08:00:00', to: '2026-03-05T08:00:00' },
      ],
      [task('a', 'Pour slab', '1.2'), task('b', 'Frame', '1.3')],
    );
    expect(rows.map((r) => [r.name, r.delayMinutes])).toEqual([
      ['gone', 4320],
      ['Pour slab', 1440],
    ]);
  });
});

describe('workloadWindow', () => {
  it('asks for the whole project in weeks, and in days when it is short enough', () => {
    expect(workloadWindow('2026-03-02T08:00:00', '2029-03-02T17:00:00', 'week')).toEqual({
      truncated: false,
    });
    expect(workloadWindow('2026-03-02T08:00:00', '2026-09-30T17:00:00', 'day')).toEqual({ truncated: false });
  });
  it('cuts day columns after the limit the server accepts', () => {
    const window = workloadWindow('2026-03-02T08:00:00', '2029-03-02T17:00:00', 'day');
    expect(window).toEqual({ from: '2026-03-02T00:00:00', to: '2028-08-18T00:00:00', truncated: true });
    expect((Date.parse(`${window.to}Z`) - Date.parse(`${window.from}Z`)) / 86_400_000).toBe(MAX_DAY_COLUMNS);
  });
});
