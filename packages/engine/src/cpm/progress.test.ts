import { describe, expect, it } from 'vitest';
import { at, DAY, dates, link, project } from './project-builders.testkit';
import { schedule } from './schedule';

// Standard calendar; the project starts Monday 2026-01-05 08:00.
describe('progress and the status date', () => {
  it('keeps the done half in place and resumes the remaining work after the status date', () => {
    const r = schedule(
      project(
        [
          { id: 'a', duration: 4 * DAY, actualStart: at('2026-01-05T08:00'), percentComplete: 50 },
          { id: 'b' },
        ],
        [link('a', 'b')],
        { statusDate: at('2026-01-08T08:00') },
      ),
    );
    expect(dates(r, 'a').start).toBe('2026-01-05T08:00:00');
    // 2 days done Mon–Tue; 2 days remaining from Thursday 08:00 (the status date).
    expect(dates(r, 'a').finish).toBe('2026-01-09T17:00:00');
    expect(dates(r, 'b').start).toBe('2026-01-12T08:00:00');
  });

  it('keeps actual dates whatever the links say', () => {
    const r = schedule(
      project(
        [
          { id: 'a', duration: 3 * DAY },
          {
            id: 'b',
            actualStart: at('2026-01-05T08:00'),
            actualFinish: at('2026-01-05T17:00'),
            percentComplete: 100,
          },
        ],
        [link('a', 'b')],
      ),
    );
    expect(dates(r, 'b').start).toBe('2026-01-05T08:00:00');
    expect(dates(r, 'b').finish).toBe('2026-01-05T17:00:00');
    expect(dates(r, 'b').critical).toBe(false);
  });

  it('starts unstarted work no earlier than the status date', () => {
    const r = schedule(project([{ id: 'a' }], [], { statusDate: at('2026-01-07T08:00') }));
    expect(dates(r, 'a').start).toBe('2026-01-07T08:00:00');
    const kept = schedule(project([{ id: 'a' }], [], { statusDate: at('2026-01-07T08:00') }), {
      moveUncompletedAfterStatusDate: false,
    });
    expect(dates(kept, 'a').start).toBe('2026-01-05T08:00:00');
  });

  it('uses the actual duration and remaining duration when given', () => {
    const r = schedule(
      project(
        [
          {
            id: 'a',
            duration: 3 * DAY,
            actualStart: at('2026-01-05T08:00'),
            actualDuration: DAY,
            remainingDuration: 4 * DAY,
            percentComplete: 20,
          },
        ],
        [],
        { statusDate: at('2026-01-06T08:00') },
      ),
    );
    expect(dates(r, 'a').finish).toBe('2026-01-09T17:00:00');
  });

  it('ignores actual dates left on a task at 0 % with no actual duration', () => {
    const r = schedule(
      project([
        {
          id: 'a',
          percentComplete: 0,
          actualDuration: 0,
          actualStart: at('2000-01-01T00:00'),
          actualFinish: at('2000-01-01T00:00'),
        },
      ]),
    );
    expect(dates(r, 'a').start).toBe('2026-01-05T08:00:00');
  });
});
