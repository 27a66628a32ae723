import {
  levelProject,
  type ProjectInput,
  parseDateTime,
  simulateSchedule,
  standardCalendar,
} from '@tandem/engine';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineInputError, EngineTimeoutError, EngineWorkerPool } from './engine-worker-pool';

const DAY = 480;

/** `count` tasks of 1–3 days in a chain of pairs, every one needing Ada full time. */
function plan(count: number, extra: Partial<ProjectInput> = {}): ProjectInput {
  const ids = Array.from({ length: count }, (_, i) => `t${i}`);
  return {
    settings: {
      name: 'pool',
      start: parseDateTime('2026-03-02T08:00'),
      scheduleFrom: 'start',
      calendarId: 'standard',
      defaultStartTime: 480,
      defaultFinishTime: 1020,
      criticalSlackLimit: 0,
      honorConstraints: false,
      minutesPerDay: 480,
      minutesPerWeek: 2400,
      daysPerMonth: 20,
    },
    calendars: [standardCalendar('standard')],
    tasks: ids.map((id, order) => ({
      id,
      name: id,
      parentId: null,
      order,
      duration: (1 + (order % 3)) * DAY,
      durationUnit: 'd' as const,
    })),
    links: ids.slice(2).map((id, i) => ({
      predecessorId: ids[i],
      successorId: id,
      type: 'FS' as const,
      lag: 0,
      lagUnit: 'd' as const,
    })),
    resources: [{ id: 'ada', name: 'Ada', type: 'work', maxUnits: 1 }],
    assignments: ids.map((taskId) => ({ id: `a-${taskId}`, taskId, resourceId: 'ada', units: 1, work: 0 })),
    ...extra,
  };
}

const LEVEL = { order: 'standard', withinSlack: false, clearExisting: true, schedules: 50 } as const;

describe('EngineWorkerPool', () => {
  const pool = new EngineWorkerPool({ size: 1, idleMs: 5_000 });
  afterAll(() => pool.close());

  it('answers what the engine answers in this thread, for levelling and for simulation', async () => {
    const project = plan(12);
    const [levelled, simulated] = await Promise.all([
      pool.run({ kind: 'level', project, options: LEVEL }, 60_000),
      pool.run({ kind: 'simulate', project, options: { iterations: 200, seed: 7 } }, 60_000),
    ]);
    const here = levelProject(project, LEVEL).schedule;
    expect(levelled.finish).toBe(here.finish);
    expect(levelled.taskFinish).toEqual(new Map(here.tasks.map((t) => [t.id, t.finish])));
    // one person, twelve tasks of 1–3 days in a row: the levelled plan is longer than the CPM one
    expect(levelled.finish).toBeGreaterThan(parseDateTime('2026-03-13T17:00'));
    const again = simulateSchedule(project, { iterations: 200, seed: 7 });
    expect(simulated.finish).toEqual(again.finish);
    expect(simulated.criticality).toEqual(again.criticality);
    expect(simulated.finishDeltas).toEqual(again.finishDeltas);
  });

  it('refuses input the engine refuses with EngineInputError, naming the problem', async () => {
    const cyclic = plan(2, {
      links: [
        { predecessorId: 't0', successorId: 't1', type: 'FS', lag: 0, lagUnit: 'd' },
        { predecessorId: 't1', successorId: 't0', type: 'FS', lag: 0, lagUnit: 'd' },
      ],
    });
    const refused = pool.run({ kind: 'level', project: cyclic, options: LEVEL }, 60_000);
    await expect(refused).rejects.toBeInstanceOf(EngineInputError);
    await expect(refused).rejects.toThrow(/cycle|loop/i);
  });

  it('stops a job past its time limit and runs the next one on a fresh worker', async () => {
    const long = pool.run(
      { kind: 'level', project: plan(80), options: { ...LEVEL, schedules: 50_000_000 } },
      300,
    );
    const next = pool.run({ kind: 'level', project: plan(3), options: LEVEL }, 60_000);
    await expect(long).rejects.toBeInstanceOf(EngineTimeoutError);
    await expect(long).rejects.toThrow(/level job ran longer than 0.3 s/);
    expect((await next).taskFinish.size).toBe(3);
  });

  it('refuses the jobs still waiting when it is closed', async () => {
    const own = new EngineWorkerPool({ size: 1 });
    const running = own.run(
      { kind: 'level', project: plan(40), options: { ...LEVEL, schedules: 1e7 } },
      60_000,
    );
    const waiting = own.run({ kind: 'level', project: plan(3), options: LEVEL }, 60_000);
    const refusals = Promise.all([
      expect(running).rejects.toThrow(/stopped/),
      expect(waiting).rejects.toThrow(/stopped/),
    ]);
    await own.close();
    await refusals;
  });
});
