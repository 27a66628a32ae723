import { describe, expect, it } from 'vitest';
import { standardCalendar } from '../calendar/index';
import type { CalendarDefinition } from '../model/calendar.types';
import type { ProjectInput } from '../model/project.types';
import { DAY, dates, link, project } from './project-builders.testkit';
import { schedule } from './schedule';
import { createScheduler } from './scheduler';

const standard = standardCalendar('standard');
const fourDays: CalendarDefinition = {
  ...standardCalendar('four-days'),
  name: 'Four days',
  week: standard.week.map((day, weekday) => (weekday === 5 ? { working: false, ranges: [] } : day)),
};

function twoResources(secondCalendar: string): ProjectInput {
  const base = project([{ id: 'a', duration: 5 * DAY }, { id: 'b' }], [link('a', 'b')], {}, [
    standard,
    fourDays,
  ]);
  return {
    ...base,
    resources: [
      { id: 'r1', name: 'R1', type: 'work', maxUnits: 1, calendarId: 'standard' },
      { id: 'r2', name: 'R2', type: 'work', maxUnits: 1, calendarId: secondCalendar },
    ],
    assignments: [
      { id: 'x1', taskId: 'a', resourceId: 'r1', units: 1, work: 5 * DAY },
      { id: 'x2', taskId: 'a', resourceId: 'r2', units: 1, work: 5 * DAY },
    ],
  };
}

describe('resources on different calendars', () => {
  it('runs each assignment on its resource calendar and finishes with the last one', () => {
    const r = schedule(twoResources('four-days'));
    // r1 works Mon–Fri; r2 has Fridays off and finishes the next Monday.
    expect(dates(r, 'a').start).toBe('2026-01-05T08:00:00');
    expect(dates(r, 'a').finish).toBe('2026-01-12T17:00:00');
    expect(dates(r, 'b').start).toBe('2026-01-13T08:00:00');
    expect(dates(r, 'a').totalSlack).toBe(0);
  });

  it('keeps the task duration when the resources share a calendar', () => {
    const r = schedule(twoResources('standard'));
    expect(dates(r, 'a').finish).toBe('2026-01-09T17:00:00');
  });

  it('reschedules incrementally like a full schedule when such a task changes', () => {
    const scheduler = createScheduler(twoResources('four-days'));
    scheduler.updateDuration('b', 2 * DAY);
    expect(scheduler.result().tasks).toEqual(schedule(scheduler.project()).tasks);
  });
});
