import { describe, expect, it } from 'vitest';
import { keyCoalescer, refetchedOnEcho } from './live-updates';

describe('refetches on live changes', () => {
  it('refetches the first change at once and gathers a burst into one more refetch', () => {
    const runs: string[][] = [];
    const timers: Array<() => void> = [];
    const coalescer = keyCoalescer((keys) => runs.push(keys.map((key) => key.join('/'))), 50, {
      set: (task) => timers.push(task),
      clear: () => {},
    });
    coalescer.add([['projects', 'p', 'tasks']]);
    expect(runs).toEqual([['projects/p/tasks']]);
    coalescer.add([['projects', 'p', 'tasks']]);
    coalescer.add([
      ['projects', 'p'],
      ['projects', 'p', 'tasks'],
    ]);
    expect(runs).toHaveLength(1);
    timers.shift()?.();
    expect(runs[1]).toEqual(['projects/p/tasks', 'projects/p']);
    // a quiet window ends the cycle: the next change runs at once again
    timers.shift()?.();
    coalescer.add([['workspaces', 'w', 'projects']]);
    expect(runs[2]).toEqual(['workspaces/w/projects']);
  });

  it('runs nothing more once cancelled', () => {
    const runs: number[] = [];
    const timers: Array<() => void> = [];
    const coalescer = keyCoalescer((keys) => runs.push(keys.length), 50, {
      set: (task) => timers.push(task),
      clear: () => timers.splice(0),
    });
    coalescer.add([['a']]);
    coalescer.add([['b']]);
    coalescer.cancel();
    for (const task of timers) task();
    expect(runs).toEqual([1]);
  });
});

describe('refetchedOnEcho', () => {
  const prefixes = [
    ['projects', 'p'],
    ['workspaces', 'w', 'projects'],
  ];
  it("refetches what the write touched except the project's task and link lists", () => {
    expect(refetchedOnEcho(['projects', 'p'], prefixes, 'p')).toBe(true);
    expect(refetchedOnEcho(['projects', 'p', 'workload'], prefixes, 'p')).toBe(true);
    expect(refetchedOnEcho(['workspaces', 'w', 'projects'], prefixes, 'p')).toBe(true);
    expect(refetchedOnEcho(['projects', 'p', 'tasks'], prefixes, 'p')).toBe(false);
    expect(refetchedOnEcho(['projects', 'p', 'links'], prefixes, 'p')).toBe(false);
  });
  it('refetches nothing outside the prefixes', () => {
    expect(refetchedOnEcho(['projects', 'q', 'workload'], prefixes, 'p')).toBe(false);
    expect(refetchedOnEcho(['workspaces', 'w', 'resources'], prefixes, 'p')).toBe(false);
  });
});
