import { describe, expect, it } from 'vitest';
import { at, DAY, link, project } from './project-builders.testkit';
import { schedule } from './schedule';
import { createScheduler } from './scheduler';

const chain = () =>
  project(
    [{ id: 'a', duration: 2 * DAY }, { id: 'b' }, { id: 'c' }, { id: 'side' }],
    [link('a', 'b'), link('b', 'c')],
  );

describe('incremental results', () => {
  it('share the objects of tasks an edit did not touch, and rebuild the rest', () => {
    const scheduler = createScheduler(chain());
    const before = scheduler.result().tasks;
    scheduler.updateDuration('side', 2 * DAY);
    const after = scheduler.result().tasks;
    expect(after).toEqual(schedule(scheduler.project()).tasks);
    expect(after[0]).toBe(before[0]);
    expect(after[3]).not.toBe(before[3]);
  });

  it('rebuild an edited task whose dates stay put (progress makes it non-critical)', () => {
    const base = chain();
    const scheduler = createScheduler({
      ...base,
      settings: { ...base.settings, statusDate: at('2026-01-09T17:00') },
      tasks: base.tasks.map((t) => (t.id === 'a' ? { ...t, percentComplete: 50 } : t)),
    });
    const before = scheduler.result();
    const a = before.tasks[0];
    expect(a.critical).toBe(true);
    scheduler.updateTask('a', { percentComplete: 100, actualStart: a.start, actualFinish: a.finish });
    const after = scheduler.result();
    expect(after.tasks[0].start).toBe(a.start);
    expect(after.tasks[0].critical).toBe(false);
    expect(after.tasks).toEqual(schedule(scheduler.project()).tasks);
    expect(after.criticalPath).toEqual(schedule(scheduler.project()).criticalPath);
  });

  it('rebuild every task when the project finish moves (all slack reads it)', () => {
    const scheduler = createScheduler(chain());
    const before = scheduler.result().tasks;
    scheduler.updateDuration('c', 4 * DAY);
    const after = scheduler.result().tasks;
    expect(after).toEqual(schedule(scheduler.project()).tasks);
    for (let t = 0; t < after.length; t++) expect(after[t]).not.toBe(before[t]);
  });
});
