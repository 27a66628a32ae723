import { type AssignmentInput, type ProjectInput, parseDateTime, standardCalendar } from '@tandem/engine';
import { describe, expect, it } from 'vitest';
import { levelInMemory, whatIfSchedules } from './what-if-levelling';

const DAY = 480;

/** Two 5-day tasks from Monday 2 March 2026 08:00 on the Standard week, `who` assigned to both. */
function plan(assignments: readonly AssignmentInput[], extra: Partial<ProjectInput> = {}): ProjectInput {
  return {
    settings: {
      name: 'what-if',
      start: parseDateTime('2026-03-02T08:00'),
      scheduleFrom: 'start',
      calendarId: 'standard',
      defaultStartTime: 480,
      defaultFinishTime: 1020,
      criticalSlackLimit: 0,
      honorConstraints: false,
      minutesPerDay: 480,
      minutesPerWeek: 2400,
      daysPerMonth: 20,
    },
    calendars: [standardCalendar('standard')],
    tasks: ['first', 'second'].map((id, order) => ({
      id,
      name: id,
      parentId: null,
      order,
      duration: 5 * DAY,
      durationUnit: 'd' as const,
      priority: id === 'first' ? 700 : 300,
    })),
    links: [],
    resources: [
      { id: 'ada', name: 'Ada', type: 'work', maxUnits: 1 },
      { id: 'steel', name: 'Steel', type: 'material', maxUnits: 1 },
    ],
    assignments,
    ...extra,
  };
}
const both = (resourceId: string): AssignmentInput[] =>
  ['first', 'second'].map((taskId) => ({
    id: `${taskId}:${resourceId}`,
    taskId,
    resourceId,
    units: 1,
    work: 0,
  }));

describe('levelInMemory', () => {
  it('finishes the less important task after the other when one person has both', async () => {
    const levelled = await levelInMemory('p-level', plan(both('ada')));
    expect(levelled?.basis).toBe('levelled');
    // 5 days from Monday 2 March: Friday 6 March 17:00; then 5 more: Friday 13 March 17:00
    expect(levelled?.taskFinish.get('first')).toBe(parseDateTime('2026-03-06T17:00'));
    expect(levelled?.taskFinish.get('second')).toBe(parseDateTime('2026-03-13T17:00'));
    expect(levelled?.finish).toBe(parseDateTime('2026-03-13T17:00'));
  });

  it('does not level a plan without work-resource assignments', async () => {
    expect(await levelInMemory('p-none', plan([]))).toBeNull();
    expect(await levelInMemory('p-material', plan(both('steel')))).toBeNull();
  });

  it('falls back (null) when the engine cannot level the plan', async () => {
    const cycle = plan(both('ada'), {
      links: [
        { predecessorId: 'first', successorId: 'second', type: 'FS', lag: 0, lagUnit: 'd' },
        { predecessorId: 'second', successorId: 'first', type: 'FS', lag: 0, lagUnit: 'd' },
      ],
    });
    expect(await levelInMemory('p-cycle', cycle)).toBeNull();
  });

  it('levels an unchanged plan once, even when asked twice at once, and a changed plan again', async () => {
    const [first, second] = await Promise.all([
      levelInMemory('p-cache', plan(both('ada'))),
      levelInMemory('p-cache', plan(both('ada'))),
    ]);
    expect(second).toBe(first);
    expect(await levelInMemory('p-cache', plan(both('ada')))).toBe(first);
    // Ada at 200 %: both tasks run side by side
    const doubled = plan(both('ada'), { resources: [{ id: 'ada', name: 'Ada', type: 'work', maxUnits: 2 }] });
    const again = await levelInMemory('p-cache', doubled);
    expect(again).not.toBe(first);
    expect(again?.taskFinish.get('second')).toBe(parseDateTime('2026-03-06T17:00'));
  });
});

describe('whatIfSchedules', () => {
  it('bounds the search of a what-if by the size of the plan, down to one pass', () => {
    expect(whatIfSchedules(50)).toBe(2000);
    expect(whatIfSchedules(1000)).toBe(200);
    expect(whatIfSchedules(5000)).toBe(40);
    expect(whatIfSchedules(1_000_000)).toBe(1);
    expect(whatIfSchedules(0)).toBe(2000);
  });
});
