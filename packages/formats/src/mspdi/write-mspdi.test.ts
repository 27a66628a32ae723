import type { ProjectInput } from '@tandem/engine';
import { parseDateTime, standardCalendar } from '@tandem/engine';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readMspdi } from './read-mspdi';
import { writeMspdi } from './write-mspdi';

const at = parseDateTime;

function project(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    settings: {
      name: 'Launch <beta> & "friends"',
      start: at('2024-03-04T08:00'),
      scheduleFrom: 'start',
      calendarId: 'cal-standard',
      minutesPerDay: 480,
      minutesPerWeek: 2400,
      daysPerMonth: 20,
      defaultStartTime: 480,
      defaultFinishTime: 1020,
      criticalSlackLimit: 0,
      honorConstraints: true,
    },
    calendars: [standardCalendar('cal-standard')],
    tasks: [
      { id: '018f-a', name: 'Design', parentId: null, order: 0, duration: 0, durationUnit: 'd' },
      { id: '018f-b', name: 'Spec', parentId: '018f-a', order: 0, duration: 960, durationUnit: 'd' },
      {
        id: '018f-c',
        name: 'Build',
        parentId: null,
        order: 1,
        duration: 2400,
        durationUnit: 'w',
        custom: { Team: 'Core', Text2: 'kept' },
      },
    ],
    links: [{ predecessorId: '018f-b', successorId: '018f-c', type: 'SS', lag: 25, lagUnit: '%' }],
    ...overrides,
  };
}

describe('writeMspdi', () => {
  it('writes well-formed MSPDI in the Microsoft Project namespace, text escaped', () => {
    const xml = writeMspdi(project());
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
    expect(xml).toContain('<Title>Launch &lt;beta&gt; &amp; &quot;friends&quot;</Title>');
  });

  it('numbers non-integer ids 1, 2, … and keeps links, outline and custom fields through a read back', () => {
    const back = readMspdi(writeMspdi(project())).project;
    expect(back.settings.name).toBe('Launch <beta> & "friends"');
    expect(back.settings.calendarId).toBe('1');
    expect(back.tasks.map((t) => [t.id, t.parentId, t.name])).toEqual([
      ['1', null, 'Design'],
      ['2', '1', 'Spec'],
      ['3', null, 'Build'],
    ]);
    expect(back.links).toEqual([{ predecessorId: '2', successorId: '3', type: 'SS', lag: 25, lagUnit: '%' }]);
    expect(back.tasks[2].custom).toEqual({ Team: 'Core', Text2: 'kept' });
  });

  it('writes parents before children whatever the input order, summaries flagged', () => {
    const base = project();
    const shuffled = project({ tasks: [base.tasks[2], base.tasks[1], base.tasks[0]] });
    const doc = readMspdi(writeMspdi(shuffled));
    expect(doc.project.tasks.map((t) => t.name)).toEqual(['Design', 'Spec', 'Build']);
    expect(doc.stored.get('1')?.summaryFlag).toBe(true);
  });

  it('writes task dates from a schedule when one is given', () => {
    const start = at('2024-03-04T08:00');
    const finish = at('2024-03-05T17:00');
    const scheduled = {
      start,
      finish,
      earlyStart: start,
      earlyFinish: finish,
      lateStart: start,
      lateFinish: finish,
      totalSlack: 0,
      freeSlack: 0,
      critical: true,
      summary: false,
      duration: 960,
      missedDeadline: false,
    };
    const input = project();
    const xml = writeMspdi(input, {
      start,
      finish,
      tasks: input.tasks.map((t) => ({ ...scheduled, id: t.id, summary: t.id === '018f-a' })),
      criticalPath: [],
      issues: [],
    });
    const stored = readMspdi(xml).stored.get('2');
    expect(stored).toMatchObject({ start, finish, critical: true, totalSlack: 0 });
  });
});
