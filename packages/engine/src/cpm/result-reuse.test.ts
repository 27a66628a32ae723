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

  // s rolls up c1 → c2 and c3; "long" holds the project finish
  const group = (links = [link('c1', 'c2')]) =>
    project(
      [
        { id: 's' },
        { id: 'c1', parentId: 's' },
        { id: 'c2', parentId: 's' },
        { id: 'c3', parentId: 's' },
        { id: 'x' },
        { id: 'long', duration: 20 * DAY },
      ],
      links,
    );

  it("share a summary's other children when only its roll-up moved (nothing reads it)", () => {
    const scheduler = createScheduler(group());
    const before = scheduler.result().tasks;
    scheduler.updateDuration('c2', 3 * DAY);
    const after = scheduler.result().tasks;
    expect(after).toEqual(schedule(scheduler.project()).tasks);
    expect(after[0]).not.toBe(before[0]); // s finishes later
    expect(after[3]).toBe(before[3]); // c3: same dates, and its free slack reads the project finish
  });

  it('rebuild every task under a summary whose link successor moved (their free slack reads it)', () => {
    const scheduler = createScheduler(group([link('c1', 'c2'), link('s', 'x'), link('c1', 'x', 'SS')]));
    const before = scheduler.result().tasks;
    scheduler.updateDuration('c1', 2 * DAY);
    const after = scheduler.result();
    const full = schedule(scheduler.project());
    expect(after.tasks).toEqual(full.tasks);
    expect(after.tasks[3].freeSlack).not.toBe(before[3].freeSlack);
  });

  it('rebuild the children of a summary whose span a percent lag out of it reads', () => {
    // x waits for "pre", not for s; c3's late finish is its deadline: only its free slack reads
    // the lag, half the span of s
    const plan = group([link('c1', 'c2'), link('s', 'x', 'SS', 50, '%'), link('pre', 'x')]);
    const scheduler = createScheduler({
      ...plan,
      tasks: [
        ...plan.tasks.map((t) => (t.id === 'c3' ? { ...t, deadline: at('2026-01-23T17:00') } : t)),
        { ...plan.tasks[4], id: 'pre', name: 'pre', duration: 10 * DAY },
      ],
    });
    const before = scheduler.result().tasks;
    scheduler.updateDuration('c2', 4 * DAY);
    const after = scheduler.result().tasks;
    expect(after).toEqual(schedule(scheduler.project()).tasks);
    expect([after[3].lateFinish, after[3].totalSlack]).toEqual([before[3].lateFinish, before[3].totalSlack]);
    expect(after[3].freeSlack).toBe(before[3].freeSlack - 1.5 * DAY);
  });

  it('give issues and a critical path that later edits do not change, read when first asked', () => {
    const scheduler = createScheduler(chain());
    const first = scheduler.result();
    scheduler.updateTask('c', { deadline: at('2026-01-06T17:00') });
    const second = scheduler.result();
    scheduler.updateTask('c', { deadline: null });
    scheduler.updateDuration('side', 10 * DAY);
    const third = scheduler.result();
    expect(first.issues).toEqual([]);
    expect(first.criticalPath).toEqual(['a', 'b', 'c']);
    expect(second.issues.map((i) => [i.kind, i.taskId])).toEqual([
      ['negative-slack', 'a'],
      ['negative-slack', 'b'],
      ['deadline-missed', 'c'],
      ['negative-slack', 'c'],
    ]);
    expect(second.criticalPath).toEqual(['a', 'b', 'c']);
    expect(third.issues).toEqual([]);
    expect(third.criticalPath).toEqual(['side']);
  });
});
