import { describe, expect, it } from 'vitest';
import { standardCalendar } from '../calendar/index';
import type { ProjectInput } from '../model/project.types';
import type { ScheduledTask, ScheduleResult } from '../model/schedule.types';
import { findOverallocations } from './find-overallocations';
import { assign, at, project, resource } from './leveling.testkit';

/** A schedule with the given task dates (the sweep reads nothing else). */
function dated(plan: ProjectInput, dates: Record<string, [string, string]>): ScheduleResult {
  const tasks = plan.tasks.map((task): ScheduledTask => {
    const [start, finish] = dates[task.id].map(at);
    return {
      id: task.id,
      start,
      finish,
      earlyStart: start,
      earlyFinish: finish,
      lateStart: start,
      lateFinish: finish,
      totalSlack: 0,
      freeSlack: 0,
      critical: false,
      summary: false,
      duration: 0,
      missedDeadline: false,
    };
  });
  return { start: plan.settings.start, finish: plan.settings.start, tasks, criticalPath: [], issues: [] };
}

describe('findOverallocations', () => {
  it('finds the overlap of two full-time assignments on one resource', () => {
    // A Mon–Tue, B Tue–Wed on R (100 %): only Tuesday carries 200 %.
    const plan = project({
      tasks: [{ id: 'A' }, { id: 'B' }],
      resources: [resource('R')],
      assignments: [assign('A', 'R'), assign('B', 'R')],
    });
    const schedule = dated(plan, {
      A: ['2026-01-05T08:00', '2026-01-06T17:00'],
      B: ['2026-01-06T08:00', '2026-01-07T17:00'],
    });
    expect(findOverallocations(plan, schedule)).toEqual([
      {
        resourceId: 'R',
        from: at('2026-01-06T08:00'),
        to: at('2026-01-06T17:00'),
        peakUnits: 2,
        maxUnits: 1,
        taskIds: ['A', 'B'],
      },
    ]);
  });

  it('accepts two half-time assignments on a full-time resource, not on a half-time one', () => {
    const tasks = [{ id: 'A' }, { id: 'B' }];
    const assignments = [assign('A', 'R', 0.5), assign('B', 'R', 0.5)];
    const dates: Record<string, [string, string]> = {
      A: ['2026-01-05T08:00', '2026-01-05T17:00'],
      B: ['2026-01-05T08:00', '2026-01-05T17:00'],
    };
    const full = project({ tasks, assignments, resources: [resource('R')] });
    expect(findOverallocations(full, dated(full, dates))).toEqual([]);
    const half = project({ tasks, assignments, resources: [resource('R', { maxUnits: 0.5 })] });
    expect(findOverallocations(half, dated(half, dates))).toMatchObject([{ peakUnits: 1, maxUnits: 0.5 }]);
  });

  it('compares the load with the max units of each availability period', () => {
    // R has 200 % through Tuesday 6, 100 % after. A and B overlap Tue–Wed: fine on Tuesday,
    // overallocated on Wednesday only.
    const plan = project({
      tasks: [{ id: 'A' }, { id: 'B' }],
      resources: [
        resource('R', {
          availability: [
            { from: null, to: at('2026-01-06'), units: 2 },
            { from: at('2026-01-07'), to: null, units: 1 },
          ],
        }),
      ],
      assignments: [assign('A', 'R'), assign('B', 'R')],
    });
    const schedule = dated(plan, {
      A: ['2026-01-06T08:00', '2026-01-07T17:00'],
      B: ['2026-01-06T08:00', '2026-01-07T17:00'],
    });
    expect(findOverallocations(plan, schedule)).toMatchObject([
      { from: at('2026-01-07T08:00'), to: at('2026-01-07T17:00'), peakUnits: 2, maxUnits: 1 },
    ]);
  });

  it('makes one overallocation across a weekend and ignores overlaps in non-working time', () => {
    // A and B both Fri 9 – Mon 12 on R: one overallocation over the weekend. C and D overlap
    // only on Saturday (non-working): none.
    const plan = project({
      tasks: [{ id: 'A' }, { id: 'B' }, { id: 'C' }, { id: 'D' }],
      resources: [resource('R'), resource('S')],
      assignments: [assign('A', 'R'), assign('B', 'R'), assign('C', 'S'), assign('D', 'S')],
      calendars: [standardCalendar('standard')],
    });
    const schedule = dated(plan, {
      A: ['2026-01-09T08:00', '2026-01-12T17:00'],
      B: ['2026-01-09T08:00', '2026-01-12T17:00'],
      C: ['2026-01-08T08:00', '2026-01-10T12:00'],
      D: ['2026-01-10T08:00', '2026-01-13T17:00'],
    });
    expect(findOverallocations(plan, schedule)).toEqual([
      {
        resourceId: 'R',
        from: at('2026-01-09T08:00'),
        to: at('2026-01-12T17:00'),
        peakUnits: 2,
        maxUnits: 1,
        taskIds: ['A', 'B'],
      },
    ]);
  });
});
