import { describe, expect, it } from 'vitest';
import { at, DAY, dates, link, project } from './project-builders.testkit';
import { schedule } from './schedule';

// Standard calendar; the project starts Monday 2026-01-05 08:00.
describe('summary tasks', () => {
  const group = [
    { id: 's' },
    { id: 'c1', parentId: 's', duration: 2 * DAY },
    { id: 'c2', parentId: 's' },
    { id: 'c3', parentId: 's' },
  ];

  it('rolls a summary up from its children', () => {
    const r = schedule(project(group, [link('c1', 'c2')]));
    expect(dates(r, 's').summary).toBe(true);
    expect(dates(r, 's').start).toBe('2026-01-05T08:00:00');
    expect(dates(r, 's').finish).toBe('2026-01-07T17:00:00');
    expect(dates(r, 's').duration).toBe(3 * DAY);
    expect(dates(r, 'c3').totalSlack).toBe(2 * DAY);
  });

  it('holds every child of a summary after the summary predecessor', () => {
    const r = schedule(project([{ id: 'x' }, ...group], [link('x', 's'), link('c1', 'c2')]));
    expect(dates(r, 'c1').start).toBe('2026-01-06T08:00:00');
    expect(dates(r, 'c3').start).toBe('2026-01-06T08:00:00');
    expect(dates(r, 's').start).toBe('2026-01-06T08:00:00');
  });

  it('starts a summary successor after the last child finishes', () => {
    const r = schedule(project([...group, { id: 'y' }], [link('s', 'y'), link('c1', 'c2')]));
    expect(dates(r, 'y').start).toBe('2026-01-08T08:00:00');
    // c3 may slip until y must start.
    expect(dates(r, 'c3').lateFinish).toBe(at('2026-01-07T17:00'));
  });

  it('starts an SS successor of a summary with its earliest child', () => {
    const r = schedule(
      project(
        [{ id: 'late', constraint: { type: 'SNET', date: at('2026-01-07T08:00') } }, ...group, { id: 'y' }],
        [link('late', 'c1'), link('s', 'y', 'SS', DAY)],
      ),
    );
    // c2 and c3 start Monday, so the summary starts Monday; y starts a day later.
    expect(dates(r, 'y').start).toBe('2026-01-06T08:00:00');
  });

  it('nests summaries two levels deep', () => {
    const r = schedule(
      project(
        [
          { id: 'top' },
          { id: 'mid', parentId: 'top' },
          { id: 'leaf', parentId: 'mid', duration: 3 * DAY },
          { id: 'x' },
          { id: 'after' },
        ],
        [link('x', 'top'), link('top', 'after')],
      ),
    );
    expect(dates(r, 'leaf').start).toBe('2026-01-06T08:00:00');
    expect(dates(r, 'mid').finish).toBe('2026-01-08T17:00:00');
    expect(dates(r, 'top').finish).toBe('2026-01-08T17:00:00');
    expect(dates(r, 'after').start).toBe('2026-01-09T08:00:00');
    expect(r.criticalPath).toEqual(['x', 'leaf', 'after']);
  });

  it('reports a link from a summary to its own child as a cycle', () => {
    expect(() => schedule(project(group, [link('s', 'c2')]))).toThrow(/cycle/);
  });
});
