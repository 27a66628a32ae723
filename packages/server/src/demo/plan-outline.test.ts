import { describe, expect, it } from 'vitest';
import { AURORA_LAUNCH_PLAN } from './aurora-launch.plan';
import { parsePlanOutline } from './plan-outline';
import { WEBSITE_REFRESH_PLAN } from './website-refresh.plan';

describe('parsePlanOutline', () => {
  it('reads the outline into levels, parents, positions and outline numbers', () => {
    const tasks = parsePlanOutline(
      'test',
      `
a  Phase A
  a1  First  | 2d |
  a2  Second | 4h | a1
b  Phase B
  b1  Third  | 1w | a2 SS+1d, a1 FF-2h
  done  Done | 0d | b1
`,
    );
    expect(tasks.map((t) => [t.key, t.level, t.parentKey, t.order, t.wbs, t.summary])).toEqual([
      ['a', 1, null, 0, '1', true],
      ['a1', 2, 'a', 0, '1.1', false],
      ['a2', 2, 'a', 1, '1.2', false],
      ['b', 1, null, 1, '2', true],
      ['b1', 2, 'b', 0, '2.1', false],
      ['done', 2, 'b', 1, '2.2', false],
    ]);
    const byKey = new Map(tasks.map((t) => [t.key, t]));
    expect(byKey.get('a1')?.duration).toEqual({ value: 2, unit: 'd', minutes: 960 });
    expect(byKey.get('a2')?.duration.minutes).toBe(240);
    expect(byKey.get('b1')?.duration.minutes).toBe(2400);
    expect(byKey.get('done')?.milestone).toBe(true);
    expect(byKey.get('b1')?.predecessors).toEqual([
      { predecessorKey: 'a2', type: 'SS', lag: { value: 1, unit: 'd', minutes: 480 } },
      { predecessorKey: 'a1', type: 'FF', lag: { value: -2, unit: 'h', minutes: -120 } },
    ]);
  });

  it.each([
    ['a  A | 2x |', /line 2: bad duration/],
    ['a  A | 2d | nope', /unknown key "nope"/],
    ['a  A | 2d |\na  B | 1d |', /line 3: duplicate key "a"/],
    ['a  A\n    b  B | 1d |', /line 3: "b" skips an outline level/],
    ['a  A | 1d |\n  b  B | 1d |', /line 3: "a" has children but also a duration/],
    ['a  A | 1d | b\nb  B | 1d | a', /dependency cycle a -> b -> a|dependency cycle b -> a -> b/],
    ['a  A | 1d | a', /cannot depend on itself/],
    ['a  A | 1d |\nb  B | 1d | a, a SS', /lists "a" twice/],
    ['a  A | 1d |\nb  B | 1d | a XX', /bad predecessor "a XX"/],
  ])('rejects %j naming the problem', (text, message) => {
    expect(() => parsePlanOutline('bad', `\n${text}`)).toThrow(message);
  });
});

describe('demo plans', () => {
  it('Aurora 2.0 launch is a 3-level plan of 90-120 tasks with milestones and ~1.2 links per task', () => {
    const tasks = parsePlanOutline('aurora', AURORA_LAUNCH_PLAN);
    const links = tasks.flatMap((t) => t.predecessors);
    expect(tasks.length).toBeGreaterThanOrEqual(90);
    expect(tasks.length).toBeLessThanOrEqual(120);
    expect(Math.max(...tasks.map((t) => t.level))).toBe(3);
    expect(tasks.filter((t) => t.milestone).map((t) => t.name)).toEqual(
      expect.arrayContaining(['Design sign-off', 'Beta starts', 'Code freeze', 'GA launch']),
    );
    expect(links.length / tasks.length).toBeGreaterThanOrEqual(1.1);
    expect(new Set(links.map((l) => l.type))).toEqual(new Set(['FS', 'SS', 'FF']));
    // summaries carry no links: dependencies are between work packages and milestones
    expect(tasks.filter((t) => t.summary && t.predecessors.length > 0)).toEqual([]);
  });

  it('Website refresh is a smaller plan of 20-30 tasks', () => {
    const tasks = parsePlanOutline('website', WEBSITE_REFRESH_PLAN);
    expect(tasks.length).toBeGreaterThanOrEqual(20);
    expect(tasks.length).toBeLessThanOrEqual(30);
  });
});
