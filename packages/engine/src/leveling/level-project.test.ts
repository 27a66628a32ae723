import { describe, expect, it } from 'vitest';
import { standardCalendar } from '../calendar/index';
import { schedule } from '../cpm/index';
import { findOverallocations } from './find-overallocations';
import { levelProject } from './level-project';
import { assign, at, DAY, EDAY, link, project, resource, span } from './leveling.testkit';
import type { LevelingOptions } from './leveling.types';

const OPTIONS: LevelingOptions = {
  order: 'standard',
  withinSlack: false,
  clearExisting: true,
  schedules: 200,
  seed: 7,
};

describe('levelProject', () => {
  it('serialises two tasks on one 100 % resource, the higher priority first', () => {
    // A (priority 800) and B (priority 300), 2 days each on R at 100 %, both start Monday
    // unlevelled. Either order finishes Thursday 17:00; delaying the less important task costs
    // less, so B waits for A: A Mon–Tue, B Wed–Thu, B's delay Mon 08:00 → Wed 08:00 = 2 elapsed days.
    const plan = project({
      tasks: [
        { id: 'B', duration: 2 * DAY, priority: 300 },
        { id: 'A', duration: 2 * DAY, priority: 800 },
      ],
      resources: [resource('R')],
      assignments: [assign('A', 'R'), assign('B', 'R')],
    });
    for (const order of ['standard', 'priority', 'id'] as const) {
      const result = levelProject(plan, { ...OPTIONS, order });
      expect(span(result.schedule, 'A')).toBe('2026-01-05T08:00 – 2026-01-06T17:00');
      expect(span(result.schedule, 'B')).toBe('2026-01-07T08:00 – 2026-01-08T17:00');
      expect(result.delays).toEqual([
        { taskId: 'B', delayMinutes: 2 * EDAY, from: at('2026-01-05T08:00'), to: at('2026-01-07T08:00') },
      ]);
      expect(result.project.tasks.find((t) => t.id === 'B')?.levelingDelay).toBe(2 * EDAY);
      expect(result.remaining).toEqual([]);
      // The levelled project carries its levelling as delays: rescheduling it gives the same dates.
      expect(span(schedule(result.project), 'B')).toBe('2026-01-07T08:00 – 2026-01-08T17:00');
    }
  });

  it('in a single pass by priority, delays the lower priority task even when it comes first', () => {
    // Same plan, one decode of the priority order: A (800) is placed first, B (300) after it.
    const plan = project({
      tasks: [
        { id: 'B', duration: DAY, priority: 300 },
        { id: 'A', duration: 3 * DAY, priority: 800 },
      ],
      resources: [resource('R')],
      assignments: [assign('A', 'R'), assign('B', 'R')],
    });
    const result = levelProject(plan, { ...OPTIONS, order: 'priority', schedules: 1 });
    expect(span(result.schedule, 'A')).toBe('2026-01-05T08:00 – 2026-01-07T17:00');
    expect(span(result.schedule, 'B')).toBe('2026-01-08T08:00 – 2026-01-08T17:00');
    expect(result.schedulesUsed).toBe(1);
  });

  it('runs two 50 % assignments one after the other on a 50 % resource, doubling the time', () => {
    // A and B, 2 days each at 50 %. With R at 100 % they fit side by side (Mon–Tue, finish
    // Tue 17:00). R part time at 50 % holds one of them at a time: 2 + 2 = 4 days, finish Thu 17:00.
    const tasks = [
      { id: 'A', duration: 2 * DAY },
      { id: 'B', duration: 2 * DAY },
    ];
    const assignments = [assign('A', 'R', 0.5), assign('B', 'R', 0.5)];
    const full = levelProject(project({ tasks, resources: [resource('R')], assignments }), OPTIONS);
    expect(full.finishAfter).toBe(at('2026-01-06T17:00'));
    expect(full.delays).toEqual([]);
    const half = levelProject(
      project({ tasks, resources: [resource('R', { maxUnits: 0.5 })], assignments }),
      OPTIONS,
    );
    expect(half.finishAfter).toBe(at('2026-01-08T17:00'));
    expect(half.delays).toHaveLength(1);
    expect(half.remaining).toEqual([]);
    expect(findOverallocations(half.project, half.schedule)).toEqual([]);
  });

  it('pushes a delayed task across a holiday', () => {
    // Wednesday 7 January is a holiday. A runs Mon–Tue; B (2 days) cannot start before A frees R
    // on Tuesday 17:00, and the next working day is Thursday: B Thu 8 – Fri 9, a delay of
    // Mon 08:00 → Thu 08:00 = 3 elapsed days.
    const calendar = {
      ...standardCalendar('standard'),
      exceptions: [
        { name: 'holiday', from: at('2026-01-07'), to: at('2026-01-07'), working: false, ranges: [] },
      ],
    };
    const plan = project({
      tasks: [
        { id: 'A', duration: 2 * DAY, priority: 600 },
        { id: 'B', duration: 2 * DAY },
      ],
      resources: [resource('R')],
      assignments: [assign('A', 'R'), assign('B', 'R')],
      calendars: [calendar],
    });
    const result = levelProject(plan, OPTIONS);
    expect(span(result.schedule, 'B')).toBe('2026-01-08T08:00 – 2026-01-09T17:00');
    expect(result.delays).toEqual([
      { taskId: 'B', delayMinutes: 3 * EDAY, from: at('2026-01-05T08:00'), to: at('2026-01-08T08:00') },
    ]);
  });

  it('never delays a priority-1000 task', () => {
    // K (priority 1000, 2 days) comes last in ID order and is shorter, yet the levelling may not
    // delay it: it keeps Mon–Tue and the other task, whatever the order, goes after it.
    const plan = project({
      tasks: [
        { id: 'X', duration: 3 * DAY, priority: 999 },
        { id: 'K', duration: 2 * DAY, priority: 1000 },
      ],
      resources: [resource('R')],
      assignments: [assign('X', 'R'), assign('K', 'R')],
    });
    for (const schedules of [1, 200]) {
      const result = levelProject(plan, { ...OPTIONS, order: 'id', schedules });
      expect(span(result.schedule, 'K')).toBe('2026-01-05T08:00 – 2026-01-06T17:00');
      expect(span(result.schedule, 'X')).toBe('2026-01-07T08:00 – 2026-01-09T17:00');
      expect(result.delays.map((d) => d.taskId)).toEqual(['X']);
    }
  });

  it('keeps a must-start-on task and moves the other one', () => {
    // M must start on Tuesday 08:00 (1 day). O (3 days) would run Mon–Wed over it; it cannot
    // start Monday (it would cross Tuesday) so it starts Wednesday after M: Wed 7 – Fri 9.
    const plan = project({
      tasks: [
        { id: 'O', duration: 3 * DAY, priority: 900 },
        { id: 'M', duration: DAY, constraint: { type: 'MSO', date: at('2026-01-06T08:00') } },
      ],
      resources: [resource('R')],
      assignments: [assign('O', 'R'), assign('M', 'R')],
      honorConstraints: true,
    });
    const result = levelProject(plan, OPTIONS);
    expect(span(result.schedule, 'M')).toBe('2026-01-06T08:00 – 2026-01-06T17:00');
    expect(span(result.schedule, 'O')).toBe('2026-01-07T08:00 – 2026-01-09T17:00');
    expect(result.remaining).toEqual([]);
  });

  it('within slack, leaves an overallocation it cannot fix and says why', () => {
    // A (3 days) is critical: it sets the finish, Wed 17:00. B (2 days) has 1 day of slack: any
    // delay that clears A (start Thursday) would move the finish. B stays Mon–Tue and R is at
    // 200 % Mon–Tue. Without the slack limit B goes after A and the finish moves to Fri 17:00.
    const plan = project({
      tasks: [
        { id: 'A', duration: 3 * DAY },
        { id: 'B', duration: 2 * DAY },
      ],
      resources: [resource('R')],
      assignments: [assign('A', 'R'), assign('B', 'R')],
    });
    const within = levelProject(plan, { ...OPTIONS, withinSlack: true });
    expect(within.finishAfter).toBe(within.finishBefore);
    expect(within.finishAfter).toBe(at('2026-01-07T17:00'));
    expect(within.remaining).toEqual([
      {
        resourceId: 'R',
        from: at('2026-01-05T08:00'),
        to: at('2026-01-06T17:00'),
        peakUnits: 2,
        maxUnits: 1,
        taskIds: ['A', 'B'],
        reason: 'outside slack',
      },
    ]);
    const free = levelProject(plan, OPTIONS);
    expect(free.finishAfter).toBe(at('2026-01-09T17:00'));
    expect(free.remaining).toEqual([]);
  });

  it('uses availability periods: 2 units until Tuesday, 1 after', () => {
    // Five 1-day tasks at 100 %. R has 200 % through Tuesday 6 January, then 100 %: two tasks
    // Monday, two Tuesday, one Wednesday; finish Wed 17:00 (with 100 % throughout: Fri 17:00).
    const ids = ['A', 'B', 'C', 'D', 'E'];
    const plan = project({
      tasks: ids.map((id) => ({ id })),
      resources: [
        resource('R', {
          availability: [
            { from: null, to: at('2026-01-06'), units: 2 },
            { from: at('2026-01-07'), to: null, units: 1 },
          ],
        }),
      ],
      assignments: ids.map((id) => assign(id, 'R')),
    });
    const result = levelProject(plan, OPTIONS);
    expect(result.finishAfter).toBe(at('2026-01-07T17:00'));
    const perDay = new Map<string, number>();
    for (const task of result.schedule.tasks) {
      const day = new Date(task.start * 60000).toISOString().slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    expect([...perDay].sort()).toEqual([
      ['2026-01-05', 2],
      ['2026-01-06', 2],
      ['2026-01-07', 1],
    ]);
    expect(result.remaining).toEqual([]);
  });

  it('reports an assignment above the max units as impossible to level', () => {
    // B needs 200 % of a 100 % resource: no delay helps. A is levelled around it.
    const plan = project({
      tasks: [{ id: 'A' }, { id: 'B' }],
      resources: [resource('R')],
      assignments: [assign('A', 'R'), assign('B', 'R', 2)],
    });
    const result = levelProject(plan, OPTIONS);
    expect(result.remaining.map((r) => [r.taskIds, r.reason])).toEqual([
      [['B'], 'assignment exceeds max units'],
    ]);
    expect(span(result.schedule, 'A')).not.toBe(span(result.schedule, 'B'));
  });

  it('keeps links and lags: a successor follows its delayed predecessor', () => {
    // A and B share R (1 day each); C follows B by FS + 1 day. If B waits for A (Tue), C starts
    // Thursday; if A waits, C starts Wednesday: the search delays A (the finish is earlier).
    const plan = project({
      tasks: [{ id: 'A' }, { id: 'B' }, { id: 'C' }],
      links: [link('B', 'C', 'FS', DAY)],
      resources: [resource('R')],
      assignments: [assign('A', 'R'), assign('B', 'R')],
    });
    const result = levelProject(plan, OPTIONS);
    expect(span(result.schedule, 'B')).toBe('2026-01-05T08:00 – 2026-01-05T17:00');
    expect(span(result.schedule, 'A')).toBe('2026-01-06T08:00 – 2026-01-06T17:00');
    expect(span(result.schedule, 'C')).toBe('2026-01-07T08:00 – 2026-01-07T17:00');
  });

  it('keeps an existing levelling delay unless asked to clear it', () => {
    // A alone, with a 2-day levelling delay already: kept, it starts Wednesday; cleared, Monday.
    const plan = project({ tasks: [{ id: 'A', levelingDelay: 2 * EDAY }], resources: [resource('R')] });
    const kept = levelProject(plan, { ...OPTIONS, clearExisting: false });
    expect(span(kept.schedule, 'A')).toBe('2026-01-07T08:00 – 2026-01-07T17:00');
    expect(kept.project.tasks[0].levelingDelay).toBe(2 * EDAY);
    const cleared = levelProject(plan, OPTIONS);
    expect(span(cleared.schedule, 'A')).toBe('2026-01-05T08:00 – 2026-01-05T17:00');
    expect(cleared.project.tasks[0].levelingDelay).toBeUndefined();
  });

  it('returns a plan without resource conflicts unchanged', () => {
    // A then B (FS), no resources: nothing to level, the schedule is the unlevelled one.
    const plan = project({ tasks: [{ id: 'A' }, { id: 'B' }], links: [link('A', 'B')] });
    const result = levelProject(plan, OPTIONS);
    expect(result.delays).toEqual([]);
    expect(result.finishAfter).toBe(result.finishBefore);
    expect(span(result.schedule, 'B')).toBe('2026-01-06T08:00 – 2026-01-06T17:00');
    expect(levelProject(project({ tasks: [] }), OPTIONS).delays).toEqual([]);
  });

  it('names bad options', () => {
    const plan = project({ tasks: [{ id: 'A' }] });
    expect(() => levelProject(plan, { ...OPTIONS, schedules: 0 })).toThrow(
      /schedules must be a whole number ≥ 1, got 0/,
    );
    expect(() => levelProject(plan, { ...OPTIONS, resourceIds: ['nobody'] })).toThrow(/no resource "nobody"/);
    expect(() => levelProject(plan, { ...OPTIONS, order: 'size' as 'id' })).toThrow(/order must be one of/);
  });

  it('moves a manually scheduled task by its typed dates', () => {
    // Two manual tasks typed on Monday on R. The scheduler keeps manual dates, so the levelling
    // moves the typed start and finish of one of them to Tuesday (MS Project levels manual tasks).
    const monday = {
      manual: true,
      manualStart: at('2026-01-05T08:00'),
      manualFinish: at('2026-01-05T17:00'),
    };
    const plan = project({
      tasks: [
        { id: 'A', ...monday, priority: 700 },
        { id: 'B', ...monday },
      ],
      resources: [resource('R')],
      assignments: [assign('A', 'R'), assign('B', 'R')],
    });
    const result = levelProject(plan, OPTIONS);
    const moved = result.project.tasks.find((t) => t.id === 'B');
    expect([moved?.manualStart, moved?.manualFinish]).toEqual([
      at('2026-01-06T08:00'),
      at('2026-01-06T17:00'),
    ]);
    expect(span(result.schedule, 'B')).toBe('2026-01-06T08:00 – 2026-01-06T17:00');
    expect(result.remaining).toEqual([]);
  });

  it('delays every task below a summary that a levelled task must precede', () => {
    // S holds A and B (1 day each on R); C follows S. With A and B in a row, S ends Tuesday and
    // C (no resource) starts Wednesday: the summary's link waits for its last child.
    const plan = project({
      tasks: [{ id: 'S' }, { id: 'A', parentId: 'S' }, { id: 'B', parentId: 'S' }, { id: 'C' }],
      links: [link('S', 'C')],
      resources: [resource('R')],
      assignments: [assign('A', 'R'), assign('B', 'R')],
    });
    const result = levelProject(plan, OPTIONS);
    expect(span(result.schedule, 'S')).toBe('2026-01-05T08:00 – 2026-01-06T17:00');
    expect(span(result.schedule, 'C')).toBe('2026-01-07T08:00 – 2026-01-07T17:00');
    expect(result.remaining).toEqual([]);
  });

  it('levels a part-time resource that works on its own calendar (mornings only)', () => {
    // H works Mon–Fri 08:00–12:00 (its own calendar), so P and Q, 8 hours each on H, take two
    // mornings: both Mon 08:00 – Tue 12:00 unlevelled. P (priority 600) keeps them; Q waits for
    // H's next free morning, Wednesday: Wed 08:00 – Thu 12:00, a delay of 2 elapsed days. D, a
    // day-long task on R and the project calendar, is not involved and stays Monday.
    const mornings = {
      ...standardCalendar('mornings'),
      name: 'mornings',
      baseCalendarId: 'standard',
      week: [null, 1, 2, 3, 4, 5, null].map((day) =>
        day === null ? null : { working: true, ranges: [{ from: 480, to: 720 }] },
      ),
    };
    const plan = project({
      tasks: [{ id: 'Q' }, { id: 'P', priority: 600 }, { id: 'D' }],
      resources: [resource('H', { calendarId: 'mornings' }), resource('R')],
      assignments: [assign('P', 'H'), assign('Q', 'H'), assign('D', 'R')],
      calendars: [standardCalendar('standard'), mornings],
    });
    const result = levelProject(plan, OPTIONS);
    expect(span(result.schedule, 'P')).toBe('2026-01-05T08:00 – 2026-01-06T12:00');
    expect(span(result.schedule, 'Q')).toBe('2026-01-07T08:00 – 2026-01-08T12:00');
    expect(span(result.schedule, 'D')).toBe('2026-01-05T08:00 – 2026-01-05T17:00');
    expect(result.delays).toEqual([
      { taskId: 'Q', delayMinutes: 2 * EDAY, from: at('2026-01-05T08:00'), to: at('2026-01-07T08:00') },
    ]);
    expect(result.remaining).toEqual([]);
  });
});
