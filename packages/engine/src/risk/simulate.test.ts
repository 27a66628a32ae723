import { describe, expect, it } from 'vitest';
import { generateProject } from '../bench/generate-project';
import { compileCalendars } from '../calendar/compile-calendars';
import { DAY, link, project } from '../cpm/project-builders.testkit';
import { schedule } from '../cpm/schedule';
import { simulateSchedule } from './simulate';
import type { ThreePointEstimate } from './simulation.types';

// Standard calendar; the project starts Monday 2026-01-05 08:00.
const chainOf = (n: number) =>
  project(
    Array.from({ length: n }, (_, i) => ({ id: `t${i + 1}`, duration: 4 * DAY })),
    Array.from({ length: n - 1 }, (_, i) => link(`t${i + 1}`, `t${i + 2}`)),
  );

describe('simulateSchedule', () => {
  it('reproduces the deterministic CPM finish when every estimate has three equal points', () => {
    const plan = generateProject({ tasks: 300, seed: 7 });
    const deterministic = schedule(plan);
    const estimates = new Map<string, ThreePointEstimate>();
    for (const t of deterministic.tasks) {
      if (!t.summary) estimates.set(t.id, { min: t.duration, mostLikely: t.duration, max: t.duration });
    }
    const result = simulateSchedule(plan, { iterations: 200, estimates });
    expect(result.deterministicFinish).toBe(deterministic.finish);
    for (const value of Object.values(result.finish)) expect(value).toBe(deterministic.finish);
  });

  it('matches the analytic mean and variance of a chain of independent triangular tasks within 1 %', () => {
    // each task: triangular(2d, 4d, 9d) in working minutes; the finish moves by the sum minus 10 × 4d
    const n = 10;
    const [a, m, b] = [2 * DAY, 4 * DAY, 9 * DAY];
    const estimates = new Map(
      Array.from({ length: n }, (_, i) => [`t${i + 1}`, { min: a, mostLikely: m, max: b }] as const),
    );
    const result = simulateSchedule(chainOf(n), { iterations: 200_000, seed: 42, estimates });
    const deltas = result.finishDeltas;
    let sum = 0;
    let sumSquares = 0;
    for (const v of deltas) sum += v;
    const mean = sum / deltas.length;
    for (const v of deltas) sumSquares += (v - mean) ** 2;
    const variance = sumSquares / (deltas.length - 1);
    // triangular: mean (a + m + b) / 3, variance (a² + b² + m² − ab − am − bm) / 18
    const analyticMean = n * ((a + m + b) / 3) - n * m;
    const analyticVariance = (n * (a * a + b * b + m * m - a * b - a * m - b * m)) / 18;
    expect(Math.abs(mean - analyticMean) / (n * ((a + m + b) / 3))).toBeLessThan(0.01);
    expect(Math.abs(variance - analyticVariance) / analyticVariance).toBeLessThan(0.01);
  });

  it('gives the same result for the same seed and another for another seed', () => {
    const options = { iterations: 2_000, defaultUncertainty: { low: -10, high: 30 } };
    const plan = generateProject({ tasks: 200, seed: 3 });
    const first = simulateSchedule(plan, { ...options, seed: 5 });
    const again = simulateSchedule(plan, { ...options, seed: 5 });
    const other = simulateSchedule(plan, { ...options, seed: 6 });
    expect(again.finishDeltas).toEqual(first.finishDeltas);
    expect(again.finish).toEqual(first.finish);
    expect(other.finishDeltas).not.toEqual(first.finishDeltas);
  });

  it('changes nothing for a risk event of probability 0', () => {
    const options = { iterations: 1_000, seed: 9, defaultUncertainty: { low: -10, high: 30 } };
    const plan = chainOf(5);
    const without = simulateSchedule(plan, options);
    const withEvent = simulateSchedule(plan, {
      ...options,
      riskEvents: [{ id: 'r', probability: 0, impacts: [{ taskId: 't3', delay: 3 * DAY }] }],
    });
    expect(withEvent.finishDeltas).toEqual(without.finishDeltas);
  });

  it('shifts the finish by exactly the impact of a certain risk event on a critical task', () => {
    const plan = chainOf(5);
    const calendar = compileCalendars(plan.calendars).get(plan.settings.calendarId);
    const result = simulateSchedule(plan, {
      iterations: 100,
      riskEvents: [{ id: 'r', probability: 1, impacts: [{ taskId: 't3', delay: 3 * DAY }] }],
    });
    const expected = calendar?.addWorking(result.deterministicFinish, 3 * DAY);
    expect(result.finish.p10).toBe(expected);
    expect(result.finish.p90).toBe(expected);
  });

  it('reports the finish distribution of tracked groups of tasks, summaries standing for their leaves', () => {
    const plan = chainOf(4);
    const deterministic = schedule(plan);
    const calendar = compileCalendars(plan.calendars).get(plan.settings.calendarId);
    const result = simulateSchedule(plan, {
      iterations: 50,
      riskEvents: [{ id: 'r', probability: 1, impacts: [{ taskId: 't2', delay: DAY }] }],
      trackGroups: [
        { id: 'early', taskIds: ['t1', 't2'] },
        { id: 'nothing', taskIds: ['no-such-task'] },
      ],
    });
    const t2Finish = deterministic.tasks.find((t) => t.id === 't2')?.finish ?? 0;
    expect(result.groups.get('early')?.p50).toBe(calendar?.addWorking(t2Finish, DAY));
    expect(result.groups.has('nothing')).toBe(false);

    const generated = generateProject({ tasks: 60, seed: 4 });
    const summaryId = generated.tasks.find((t) => generated.tasks.some((c) => c.parentId === t.id))?.id ?? '';
    const flat = simulateSchedule(generated, {
      iterations: 20,
      trackGroups: [{ id: 's', taskIds: [summaryId] }],
    });
    const summaryFinish = schedule(generated).tasks.find((t) => t.id === summaryId)?.finish;
    expect(flat.groups.get('s')?.p90).toBe(summaryFinish);
  });

  it('reports the criticality index: the longer of two parallel paths is always critical', () => {
    const plan = project(
      [{ id: 'long', duration: 10 * DAY }, { id: 'short', duration: 2 * DAY }, { id: 'end' }],
      [link('long', 'end'), link('short', 'end')],
    );
    const result = simulateSchedule(plan, { iterations: 500, defaultUncertainty: { low: -10, high: 30 } });
    expect(result.criticality.get('long')).toBe(1);
    expect(result.criticality.get('short')).toBe(0);
    expect(result.sensitivity[0].taskId).toBe('long');
    // the end task varies too, so the long path explains most, not all, of the spread
    expect(result.sensitivity[0].correlation).toBeGreaterThan(0.9);
    const short = result.sensitivity.find((s) => s.taskId === 'short');
    expect(Math.abs(short?.correlation ?? 0)).toBeLessThan(0.1);
  });

  it('moves correlated tasks together (coefficient 1 doubles the spread of two equal tasks)', () => {
    const estimates = new Map([
      ['t1', { min: 2 * DAY, mostLikely: 4 * DAY, max: 9 * DAY }],
      ['t2', { min: 2 * DAY, mostLikely: 4 * DAY, max: 9 * DAY }],
    ]);
    const variance = (values: Float64Array) => {
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      return values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    };
    const independent = simulateSchedule(chainOf(2), { iterations: 50_000, seed: 2, estimates });
    const correlated = simulateSchedule(chainOf(2), {
      iterations: 50_000,
      seed: 2,
      estimates,
      correlationGroups: [{ taskIds: ['t1', 't2'], coefficient: 1 }],
    });
    // Var(X + Y) = 2σ² independent, 4σ² fully correlated
    expect(variance(correlated.finishDeltas) / variance(independent.finishDeltas)).toBeCloseTo(2, 1);
  });

  it('reports P10 ≤ P50 ≤ P80 ≤ P90, the deadline probability and the cost distribution', () => {
    const plan = chainOf(4);
    const result = simulateSchedule(plan, {
      iterations: 5_000,
      defaultUncertainty: { low: -10, high: 30 },
      costs: new Map([['t1', { fixed: 100_000, perMinute: 10 }]]),
      deadline: schedule(plan).finish,
    });
    const { p10, p50, p80, p90 } = result.finish;
    expect(p10 <= p50 && p50 <= p80 && p80 <= p90).toBe(true);
    expect(result.deadlineProbability).toBeGreaterThan(0);
    expect(result.deadlineProbability).toBeLessThan(0.5);
    // t1 costs 100,000 + 10 per minute of 0.9–1.3 × 4 days
    expect(result.cost?.min).toBeGreaterThanOrEqual(100_000 + 10 * 0.9 * 4 * DAY);
    expect(result.cost?.max).toBeLessThanOrEqual(100_000 + 10 * 1.3 * 4 * DAY);
    expect(result.finishHistogram.at(-1)?.cumulative).toBe(1);
  });

  it('rejects bad options naming the option', () => {
    const plan = chainOf(2);
    expect(() => simulateSchedule(plan, { iterations: 0 })).toThrow(/iterations/);
    expect(() =>
      simulateSchedule(plan, { riskEvents: [{ id: 'r1', probability: 1.5, impacts: [] }] }),
    ).toThrow(/risk event r1: probability/);
    expect(() =>
      simulateSchedule(plan, { estimates: new Map([['t1', { min: 5, mostLikely: 3, max: 9 }]]) }),
    ).toThrow(/task t1/);
  });
});
