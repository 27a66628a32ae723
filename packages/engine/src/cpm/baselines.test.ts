import { describe, expect, it } from 'vitest';
import { compileCalendars, standardCalendar } from '../calendar/index';
import type { ProjectInput } from '../model/project.types';
import { baselineVariances, saveBaseline, taskCosts } from './baselines';
import { DAY, link, project } from './project-builders.testkit';
import { schedule } from './schedule';

const calendar = compileCalendars([standardCalendar('standard')]).get('standard')!;

describe('baselines', () => {
  const plan = project([{ id: 'a', duration: 2 * DAY, fixedCost: 1000 }, { id: 'b' }], [link('a', 'b')]);

  it('shows no variance against the baseline just saved', () => {
    const result = schedule(plan);
    const saved = saveBaseline(result, 0);
    expect(baselineVariances(result, saved, 0, calendar).every((v) => v.start === 0 && v.finish === 0)).toBe(
      true,
    );
  });

  it('measures slips in working minutes once the plan changes', () => {
    const saved = saveBaseline(schedule(plan), 3);
    const slipped = schedule({
      ...plan,
      tasks: plan.tasks.map((t) => (t.id === 'a' ? { ...t, duration: 3 * DAY } : t)),
    });
    const variances = baselineVariances(slipped, saved, 3, calendar);
    expect(variances.find((v) => v.taskId === 'a')).toMatchObject({ start: 0, finish: DAY, duration: DAY });
    expect(variances.find((v) => v.taskId === 'b')).toMatchObject({ start: DAY, finish: DAY, duration: 0 });
  });

  it('keeps up to eleven baselines side by side and replaces one by index', () => {
    const result = schedule(plan);
    let saved = saveBaseline(result, 0);
    saved = saveBaseline(result, 10, saved);
    saved = saveBaseline(result, 0, saved);
    expect(saved.a.map((b) => b.index)).toEqual([0, 10]);
    expect(() => saveBaseline(result, 11)).toThrow(/0–10/);
  });

  it('counts cost variance from rates, work and fixed cost', () => {
    const withCost: ProjectInput = {
      ...plan,
      resources: [
        {
          id: 'r',
          name: 'R',
          type: 'work',
          maxUnits: 1,
          rates: [{ from: null, standardRate: 5000, overtimeRate: 0, costPerUse: 0 }],
        },
      ],
      assignments: [{ id: 'x', taskId: 'a', resourceId: 'r', units: 1, work: 2 * DAY }],
    };
    const result = schedule(withCost);
    const costs = taskCosts(withCost, result);
    expect(costs.get('a')).toBe(1000 + 16 * 5000);
    const saved = saveBaseline(result, 0, {}, costs);
    const dearer = new Map(costs).set('a', costs.get('a')! + 250);
    expect(baselineVariances(result, saved, 0, calendar, dearer).find((v) => v.taskId === 'a')?.cost).toBe(
      250,
    );
  });
});
