import { type ProjectInput, parseDateTime } from '@tandem/engine';
import { describe, expect, it } from 'vitest';
import { writeTjp } from './write-tjp';

const day = {
  working: true,
  ranges: [
    { from: 480, to: 720 },
    { from: 780, to: 1020 },
  ],
};
const off = { working: false, ranges: [] };

function project(): ProjectInput {
  return {
    settings: {
      name: 'Launch "v2"',
      start: parseDateTime('2026-01-05T08:00'),
      scheduleFrom: 'start',
      calendarId: 'std',
      defaultStartTime: 480,
      defaultFinishTime: 1020,
      criticalSlackLimit: 0,
      honorConstraints: true,
      minutesPerDay: 480,
      minutesPerWeek: 2400,
      daysPerMonth: 20,
    },
    calendars: [
      {
        id: 'std',
        name: 'Standard',
        week: [off, day, day, day, day, day, off],
        exceptions: [
          {
            name: 'Team day',
            from: parseDateTime('2026-01-07'),
            to: parseDateTime('2026-01-08'),
            working: false,
            ranges: [],
          },
        ],
      },
    ],
    tasks: [
      { id: 'g', name: 'Build', parentId: null, order: 0, duration: 0, durationUnit: 'd' },
      { id: 'a', name: 'Design', parentId: 'g', order: 0, duration: 960, durationUnit: 'd' },
      { id: 'b', name: 'Code', parentId: 'g', order: 1, duration: 2400, durationUnit: 'd' },
      { id: 'c', name: 'Cure', parentId: null, order: 1, duration: 2880, durationUnit: 'ed' },
      { id: 'm', name: 'Done', parentId: null, order: 2, duration: 0, durationUnit: 'd', milestone: true },
    ],
    links: [
      { predecessorId: 'a', successorId: 'b', type: 'FS', lag: 480, lagUnit: 'd' },
      { predecessorId: 'a', successorId: 'c', type: 'SS', lag: 0, lagUnit: 'd' },
      { predecessorId: 'b', successorId: 'm', type: 'FF', lag: 0, lagUnit: 'd' },
    ],
  };
}

describe('writeTjp', () => {
  it('writes the work week, holidays, outline, durations and dependencies', () => {
    const { text, taskPaths } = writeTjp(project());
    expect(text).toContain('project tandem "Launch \\"v2\\"" 2026-01-05-08:00 +5y {');
    expect(text).toContain('workinghours mon 8:00 - 12:00, 13:00 - 17:00');
    expect(text).toContain('workinghours sun off');
    expect(text).toContain('leaves holiday "Team day" 2026-01-07 - 2026-01-09');
    expect(taskPaths.get('b')).toBe('t0.t1');
    expect(text).toMatch(/task t1 "Code" \{\n {4}length 40h\n {4}depends t0\.t0 \{ gaplength 8h \}/);
    expect(text).toMatch(/task t1 "Cure" \{\n {2}duration 48h\n {2}depends t0\.t0 \{ onstart \}/);
    expect(text).toMatch(/task t2 "Done" \{\n {2}milestone\n\}/);
  });

  it('leaves out holidays outside the project span, which tj3 refuses', () => {
    const base = project();
    const calendar = base.calendars[0];
    const far = {
      name: 'Far',
      from: parseDateTime('2040-01-01'),
      to: parseDateTime('2040-01-01'),
      working: false,
      ranges: [],
    };
    const { text } = writeTjp({
      ...base,
      calendars: [{ ...calendar, exceptions: [...calendar.exceptions, far] }],
    });
    expect(text).toContain('leaves holiday "Team day"');
    expect(text).not.toContain('"Far"');
  });

  it('lists what TaskJuggler cannot express instead of writing it wrongly', () => {
    const { text, omissions } = writeTjp(project());
    expect(text).not.toContain('depends t0.t1');
    expect(omissions).toEqual([{ taskId: 'm', message: 'FF link: TaskJuggler has no such dependency' }]);
  });
});
