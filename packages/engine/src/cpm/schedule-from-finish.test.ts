import { describe, expect, it } from 'vitest';
import { at, DAY, dates, link, project } from './project-builders.testkit';
import { schedule } from './schedule';

describe('scheduling from the project finish', () => {
  const settings = { scheduleFrom: 'finish' as const, finish: at('2026-01-09T17:00') };

  it('places tasks as late as possible back from the finish', () => {
    const r = schedule(
      project([{ id: 'a', duration: 2 * DAY }, { id: 'b' }, { id: 'c' }], [link('a', 'b')], settings),
    );
    expect(dates(r, 'b').start).toBe('2026-01-09T08:00:00');
    expect(dates(r, 'a').start).toBe('2026-01-07T08:00:00');
    expect(dates(r, 'a').finish).toBe('2026-01-08T17:00:00');
    expect(dates(r, 'c').start).toBe('2026-01-09T08:00:00');
    expect(r.start).toBe(at('2026-01-07T08:00'));
    expect(r.finish).toBe(at('2026-01-09T17:00'));
    // c could start as early as the project start: it has slack even though it is placed late.
    expect(dates(r, 'c').totalSlack).toBe(2 * DAY);
    expect(r.criticalPath).toEqual(['a', 'b']);
  });

  it('keeps an explicit ASAP task at the computed project start', () => {
    const r = schedule(
      project(
        [{ id: 'a', duration: 2 * DAY }, { id: 'b' }, { id: 'c', constraint: { type: 'ASAP' } }],
        [link('a', 'b')],
        settings,
      ),
    );
    expect(dates(r, 'c').start).toBe('2026-01-07T08:00:00');
  });

  it('treats an FNLT date as a ceiling that moves the task earlier', () => {
    const r = schedule(
      project(
        [
          { id: 'a', duration: 2 * DAY },
          { id: 'b', constraint: { type: 'FNLT', date: at('2026-01-08T17:00') } },
        ],
        [link('a', 'b')],
        settings,
      ),
    );
    expect(dates(r, 'b').finish).toBe('2026-01-08T17:00:00');
    expect(dates(r, 'a').start).toBe('2026-01-06T08:00:00');
  });

  it('reports an SNET date the links cannot meet, which is inflexible when scheduling from the finish', () => {
    const tasks = [
      { id: 'a', constraint: { type: 'SNET' as const, date: at('2026-01-09T08:00') } },
      { id: 'b' },
    ];
    const r = schedule(project(tasks, [link('a', 'b')], settings));
    expect(dates(r, 'a').start).toBe('2026-01-08T08:00:00');
    expect(r.issues.map((i) => [i.kind, i.taskId])).toContainEqual(['constraint-conflict', 'a']);
    const honoured = schedule(project(tasks, [link('a', 'b')], { ...settings, honorConstraints: true }));
    expect(dates(honoured, 'a').start).toBe('2026-01-09T08:00:00');
  });
});
