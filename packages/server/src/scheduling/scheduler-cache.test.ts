import { describe, expect, it } from 'vitest';
import type { OutlineEntry } from '../tasks/task-outline';
import type { TaskRow } from '../tasks/tasks.repository';
import { type CachedPlan, SchedulerCache } from './scheduler-cache';

/** An entry holding `tasks` outline rows (only the stamp and their number matter to the cache). */
function plan(stamp: string, tasks: number): CachedPlan {
  const outline = Array.from(
    { length: tasks },
    (_, i) =>
      ({
        task: { id: `t${i}` },
        level: 1,
        wbs: String(i + 1),
        summary: false,
      }) as unknown as OutlineEntry<TaskRow>,
  );
  return {
    stamp,
    scheduler: {} as CachedPlan['scheduler'],
    outline,
    indexOf: new Map(),
    scheduled: [],
    lent: false,
  };
}

describe('SchedulerCache', () => {
  it('hands out an entry only for the stamp it was stored with, once', () => {
    const cache = new SchedulerCache(100);
    cache.put('p1', plan('s1', 10));
    expect(cache.take('p1', 's2')).toBeUndefined();
    // a mismatch drops the entry: it can never match again
    expect(cache.take('p1', 's1')).toBeUndefined();
    cache.put('p1', plan('s1', 10));
    expect(cache.take('p1', null)).toBeUndefined();
    cache.put('p1', plan('s1', 10));
    expect(cache.take('p1', 's1')?.stamp).toBe('s1');
    expect(cache.take('p1', 's1')).toBeUndefined();
  });

  it('marks an entry lent only when a reader may read it after an await', () => {
    const cache = new SchedulerCache(100);
    cache.put('p1', plan('s1', 10));
    expect(cache.peek('p1', 's1')?.lent).toBe(false);
    expect(cache.lend('p1', 's2')).toBeUndefined();
    expect(cache.peek('p1', 's1')?.lent).toBe(false);
    expect(cache.lend('p1', 's1')?.lent).toBe(true);
    expect(cache.take('p1', 's1')?.lent).toBe(true);
  });

  it('drops the least recently stored projects beyond its task budget', () => {
    const cache = new SchedulerCache(25);
    cache.put('a', plan('sa', 10));
    cache.put('b', plan('sb', 10));
    cache.put('a', plan('sa2', 10));
    cache.put('c', plan('sc', 10));
    expect(cache.size).toBe(2);
    expect(cache.take('b', 'sb')).toBeUndefined();
    expect(cache.take('a', 'sa2')?.stamp).toBe('sa2');
    expect(cache.take('c', 'sc')?.stamp).toBe('sc');
  });

  it('does not hold a project larger than its whole budget', () => {
    const cache = new SchedulerCache(5);
    cache.put('big', plan('s', 6));
    expect(cache.size).toBe(0);
  });

  it('refuses a budget that is not a whole number', () => {
    expect(() => new SchedulerCache(-1)).toThrow(/maxTasks must be a whole number/);
  });
});
