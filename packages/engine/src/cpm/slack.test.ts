import { describe, expect, it } from 'vitest';
import { DAY, dates, link, project } from './project-builders.testkit';
import { schedule } from './schedule';

// Standard calendar; the project starts Monday 2026-01-05 08:00.
describe('slack and critical tasks', () => {
  const plan = project(
    [{ id: 'a', duration: 5 * DAY }, { id: 'b', duration: 2 * DAY }, { id: 'c' }],
    [link('b', 'c')],
    { nearCriticalSlackLimit: 2 * DAY },
  );

  it('counts total slack to the project finish and free slack to the next task', () => {
    const r = schedule(plan);
    expect(dates(r, 'a')).toMatchObject({ totalSlack: 0, freeSlack: 0, critical: true, nearCritical: false });
    expect(dates(r, 'b')).toMatchObject({ totalSlack: 2 * DAY, freeSlack: 0, critical: false });
    expect(dates(r, 'c')).toMatchObject({ totalSlack: 2 * DAY, freeSlack: 2 * DAY, critical: false });
  });

  it('flags tasks within the near-critical limit', () => {
    const r = schedule(plan);
    expect(r.tasks.filter((t) => t.nearCritical).map((t) => t.id)).toEqual(['b', 'c']);
    const tight = schedule({ ...plan, settings: { ...plan.settings, nearCriticalSlackLimit: DAY } });
    expect(tight.tasks.filter((t) => t.nearCritical)).toEqual([]);
  });

  it('counts tasks critical up to the critical slack limit', () => {
    const r = schedule({ ...plan, settings: { ...plan.settings, criticalSlackLimit: 2 * DAY } });
    // In time order: by start, then finish.
    expect(r.criticalPath).toEqual(['b', 'a', 'c']);
  });
});
