import { describe, expect, it } from 'vitest';
import { at, DAY, dates, link, project } from './project-builders.testkit';
import { schedule } from './schedule';

// Standard calendar; the project starts Monday 2026-01-05 08:00.
describe('constraints', () => {
  it('starts no earlier than an SNET date', () => {
    const r = schedule(project([{ id: 'a', constraint: { type: 'SNET', date: at('2026-01-07T10:00') } }]));
    expect(dates(r, 'a').start).toBe('2026-01-07T10:00:00');
    expect(dates(r, 'a').finish).toBe('2026-01-08T10:00:00');
  });

  it('lets an SNET date place a task before the project start, as MS Project does', () => {
    // mpxj assignment-flags-project2003-mspdi.xml: project start 2018-10-18, tasks SNET 2016-01-04 start then.
    const r = schedule(
      project([{ id: 'a', constraint: { type: 'SNET', date: at('2025-12-29T08:00') } }, { id: 'b' }]),
    );
    expect(dates(r, 'a').start).toBe('2025-12-29T08:00:00');
    expect(dates(r, 'b').start).toBe('2026-01-05T08:00:00');
  });

  it('pushes the start so the task finishes no earlier than an FNET date', () => {
    const r = schedule(project([{ id: 'a', constraint: { type: 'FNET', date: at('2026-01-09T17:00') } }]));
    expect(dates(r, 'a').start).toBe('2026-01-09T08:00:00');
  });

  it('pins a task to its MSO date, with zero slack', () => {
    const r = schedule(
      project([
        { id: 'long', duration: 5 * DAY },
        { id: 'a', constraint: { type: 'MSO', date: at('2026-01-08T08:00') } },
      ]),
    );
    expect(dates(r, 'a').start).toBe('2026-01-08T08:00:00');
    expect(dates(r, 'a').totalSlack).toBe(0);
    expect(dates(r, 'a').critical).toBe(true);
  });

  it('finishes on an MFO date', () => {
    const r = schedule(project([{ id: 'a', constraint: { type: 'MFO', date: at('2026-01-07T17:00') } }]));
    expect(dates(r, 'a').start).toBe('2026-01-07T08:00:00');
  });

  it('lets links win over an MSO date and reports the conflict when constraints are not honoured', () => {
    const tasks = [
      { id: 'a', duration: 3 * DAY },
      { id: 'b', constraint: { type: 'MSO' as const, date: at('2026-01-06T08:00') } },
    ];
    const r = schedule(project(tasks, [link('a', 'b')]));
    expect(dates(r, 'b').start).toBe('2026-01-08T08:00:00');
    expect(r.issues.map((i) => [i.kind, i.taskId])).toContainEqual(['constraint-conflict', 'b']);
  });

  it('keeps an MSO date against the links, with negative slack, when constraints are honoured', () => {
    const tasks = [
      { id: 'a', duration: 3 * DAY },
      { id: 'b', constraint: { type: 'MSO' as const, date: at('2026-01-06T08:00') } },
    ];
    const r = schedule(project(tasks, [link('a', 'b')], { honorConstraints: true }));
    expect(dates(r, 'b').start).toBe('2026-01-06T08:00:00');
    expect(dates(r, 'a').totalSlack).toBe(-2 * DAY);
    expect(r.issues.map((i) => [i.kind, i.taskId])).toContainEqual(['negative-slack', 'a']);
  });

  it('schedules an SNLT task as soon as possible and reports links that push it past its date', () => {
    const tasks = [
      { id: 'a', duration: 3 * DAY },
      { id: 'b', constraint: { type: 'SNLT' as const, date: at('2026-01-07T08:00') } },
      { id: 'c', constraint: { type: 'SNLT' as const, date: at('2026-01-09T08:00') } },
    ];
    const r = schedule(project(tasks, [link('a', 'b')]));
    expect(dates(r, 'b').start).toBe('2026-01-08T08:00:00');
    expect(dates(r, 'c').start).toBe('2026-01-05T08:00:00');
    expect(r.issues.filter((i) => i.kind === 'constraint-conflict').map((i) => i.taskId)).toEqual(['b']);
  });

  it('limits the late finish with FNLT, which sets the slack', () => {
    const r = schedule(
      project([
        { id: 'long', duration: 5 * DAY },
        { id: 'a', constraint: { type: 'FNLT', date: at('2026-01-07T17:00') } },
      ]),
    );
    expect(dates(r, 'a').start).toBe('2026-01-05T08:00:00');
    expect(dates(r, 'a').totalSlack).toBe(2 * DAY);
  });

  it('places an ALAP task as late as its successors and the project finish allow', () => {
    const tasks = [
      { id: 'long', duration: 5 * DAY },
      { id: 'free', constraint: { type: 'ALAP' as const } },
      { id: 'before', constraint: { type: 'ALAP' as const } },
      { id: 'c', constraint: { type: 'SNET' as const, date: at('2026-01-08T08:00') } },
    ];
    const r = schedule(project(tasks, [link('before', 'c')]));
    expect(dates(r, 'free').start).toBe('2026-01-09T08:00:00');
    expect(dates(r, 'before').start).toBe('2026-01-07T08:00:00');
    expect(dates(r, 'before').earlyStart).toBe(at('2026-01-05T08:00'));
  });

  it('flags a missed deadline without moving the task, and counts slack to the deadline', () => {
    const r = schedule(project([{ id: 'a', duration: 5 * DAY, deadline: at('2026-01-07T17:00') }]));
    expect(dates(r, 'a').finish).toBe('2026-01-09T17:00:00');
    expect(dates(r, 'a').missedDeadline).toBe(true);
    expect(dates(r, 'a').totalSlack).toBe(-2 * DAY);
    expect(r.issues.map((i) => i.kind)).toContain('deadline-missed');
    const met = schedule(project([{ id: 'a', duration: 5 * DAY, deadline: at('2026-01-14T17:00') }]));
    expect(dates(met, 'a').missedDeadline).toBe(false);
    expect(met.issues).toEqual([]);
  });
});
