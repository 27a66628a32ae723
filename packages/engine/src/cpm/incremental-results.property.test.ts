import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProject } from '../bench/generate-project';
import { compileCalendars, standardCalendar } from '../calendar/index';
import type { LinkInput, ProjectInput, TaskConstraint } from '../model/project.types';
import type { ScheduleResult } from '../model/schedule.types';
import { mulberry32 } from '../random/prng';
import { at, DAY, project, type TaskSpec } from './project-builders.testkit';
import { schedule } from './schedule';
import { createScheduler, type TaskPatch } from './scheduler';

const calendar = compileCalendars([standardCalendar('standard')]).get('standard')!;
const START = at('2026-01-05T08:00');
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
/** Runs per property; raise with CPM_PROPERTY_RUNS=5000 for a deeper search. */
const RUNS = Math.ceil(Number(env?.CPM_PROPERTY_RUNS ?? 300) / 2);

const day = (offset: number): number => calendar.addWorking(START, offset * DAY);

/** Floors and ceilings (ceilings conflict with links: issues, negative slack when honoured). */
const constraintArb: fc.Arbitrary<TaskConstraint | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  fc.record({
    type: fc.constantFrom<TaskConstraint['type']>('SNET', 'FNET', 'SNLT', 'FNLT', 'MSO', 'MFO'),
    date: fc.integer({ min: 0, max: 25 }).map(day),
  }),
);

/**
 * Random acyclic plans with summaries (links into and out of them, percent lags out of them),
 * floors and ceilings, deadlines, and progress against a status date.
 */
const planArb: fc.Arbitrary<ProjectInput> = fc
  .record({
    tasks: fc.array(
      fc.record({
        duration: fc.oneof(
          fc.constant(0),
          fc.integer({ min: 1, max: 5 }).map((d) => d * DAY),
        ),
        parent: fc.option(fc.nat(), { freq: 2 }),
        constraint: constraintArb,
        deadline: fc.option(fc.integer({ min: 0, max: 25 }).map(day), { freq: 4 }),
        percentComplete: fc.constantFrom(0, 0, 0, 0, 40, 100),
      }),
      { minLength: 2, maxLength: 25 },
    ),
    links: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        type: fc.constantFrom<LinkInput['type']>('FS', 'FS', 'SS', 'FF', 'SF'),
        lag: fc.integer({ min: -1, max: 2 }),
        lagUnit: fc.constantFrom<LinkInput['lagUnit']>('d', 'd', 'ed', '%'),
      }),
      { maxLength: 40 },
    ),
    honorConstraints: fc.boolean(),
    fromFinish: fc.boolean(),
  })
  .map(({ tasks, links, honorConstraints, fromFinish }) => {
    const parents = tasks.map((t, i) => (t.parent === null || i === 0 ? null : t.parent % i));
    const lastDescendant = tasks.map((_, i) => i);
    for (let i = tasks.length - 1; i > 0; i--) {
      for (let p = parents[i]; p !== null; p = parents[p]) lastDescendant[p] = Math.max(lastDescendant[p], i);
    }
    const specs: TaskSpec[] = tasks.map((t, i) => ({
      id: `t${i}`,
      duration: t.duration,
      parentId: parents[i] === null ? null : `t${parents[i]}`,
      ...(t.constraint ? { constraint: t.constraint } : {}),
      ...(t.deadline === null ? {} : { deadline: t.deadline }),
      ...(t.percentComplete > 0 && lastDescendant[i] === i ? { percentComplete: t.percentComplete } : {}),
    }));
    const seen = new Set<string>();
    const kept: LinkInput[] = [];
    for (const l of links) {
      const [p, s] = [l.from % tasks.length, l.to % tasks.length].sort((a, b) => a - b);
      // links go forward in the outline, and never from a summary into its own descendants
      if (p === s || s <= lastDescendant[p] || seen.has(`${p}-${s}`)) continue;
      // From the finish, a full schedule's late pass reads a summary's early span before the
      // early pass has set it (a known difference from an incremental one): left out.
      if (fromFinish && l.lagUnit === '%' && lastDescendant[p] > p) continue;
      seen.add(`${p}-${s}`);
      const lag = l.lagUnit === '%' ? l.lag * 50 : l.lagUnit === 'ed' ? l.lag * 1440 : l.lag * DAY;
      kept.push({ predecessorId: `t${p}`, successorId: `t${s}`, type: l.type, lag, lagUnit: l.lagUnit });
    }
    return project(specs, kept, {
      honorConstraints,
      statusDate: day(8),
      ...(fromFinish ? { scheduleFrom: 'finish' as const, finish: day(40) } : {}),
    });
  });

const editArb = fc.record({
  task: fc.nat(),
  patch: fc.oneof(
    fc.record({ duration: fc.integer({ min: 0, max: 6 }).map((d) => d * DAY) }),
    fc.record({ constraint: constraintArb }),
    fc.record({ deadline: fc.option(fc.integer({ min: 0, max: 25 }).map(day), { nil: undefined }) }),
    fc.record({ percentComplete: fc.constantFrom(0, 30, 100) }),
    fc.record({ name: fc.constantFrom('renamed', 'again') }),
  ),
  /** Read a result after this edit (else the next edit comes first). */
  read: fc.boolean(),
});

/** Everything a result says, read now (its getters are lazy). */
const contents = (r: ScheduleResult) => ({
  start: r.start,
  finish: r.finish,
  tasks: r.tasks,
  criticalPath: r.criticalPath,
  issues: r.issues,
});

/** A random edit of a leaf: mostly a duration, else a deadline or a dated constraint of `constraint`. */
function randomPatch(
  prng: ReturnType<typeof mulberry32>,
  start: number,
  constraint: 'SNET' | 'SNLT',
): TaskPatch {
  const roll = prng.next();
  if (roll < 0.7) return { duration: prng.int(0, 10) * DAY };
  if (roll < 0.85) return { deadline: start + prng.int(0, 200) * 1440 };
  return { constraint: { type: constraint, date: start + prng.int(0, 200) * 1440 } };
}

describe('incremental results', () => {
  it('equal a full reschedule after any batch of edits, and earlier results keep their values', () => {
    fc.assert(
      fc.property(planArb, fc.array(editArb, { minLength: 1, maxLength: 10 }), (plan, edits) => {
        const scheduler = createScheduler(plan);
        const kept: { result: ScheduleResult; expected: ReturnType<typeof contents> }[] = [];
        let previous = scheduler.result().tasks;
        for (const e of edits) {
          const task = scheduler.project().tasks[e.task % plan.tasks.length];
          scheduler.updateTask(task.id, e.patch as TaskPatch);
          if (!e.read) continue;
          const full = contents(schedule(scheduler.project()));
          const result = scheduler.result();
          // tasks first: criticalPath and issues are read later, after further edits
          expect(result.tasks).toEqual(full.tasks);
          expect([result.start, result.finish]).toEqual([full.start, full.finish]);
          // a shared object means an unchanged task (the server writes only the others)
          for (let t = 0; t < previous.length; t++) {
            if (result.tasks[t] === previous[t]) expect(previous[t]).toEqual(full.tasks[t]);
          }
          // rebuiltTasks names exactly the objects built anew (absent: all were)
          if (result.rebuiltTasks) {
            const rebuilt = new Set(result.rebuiltTasks);
            expect(rebuilt.size).toBe(result.rebuiltTasks.length);
            for (let t = 0; t < previous.length; t++) {
              expect(result.tasks[t] !== previous[t]).toBe(rebuilt.has(t));
            }
          }
          previous = result.tasks;
          kept.push({ result, expected: full });
        }
        for (const { result, expected } of kept) expect(contents(result)).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('in place (resultsInPlace) equal a full reschedule, update their objects and say which changed', () => {
    let finishMoves = 0;
    fc.assert(
      fc.property(planArb, fc.array(editArb, { minLength: 1, maxLength: 10 }), (plan, edits) => {
        const scheduler = createScheduler(plan, { resultsInPlace: true });
        const first = scheduler.result().tasks;
        // what the last result held, objects and values: the scheduler updates them in place
        let previous = first.slice();
        let previousValues = previous.map((task) => ({ ...task }));
        for (const e of edits) {
          const task = scheduler.project().tasks[e.task % plan.tasks.length];
          scheduler.updateTask(task.id, e.patch as TaskPatch);
          if (!e.read) continue;
          const full = contents(schedule(scheduler.project()));
          const result = scheduler.result();
          expect(contents(result)).toEqual(full);
          expect(result.replacedTasks).toBeUndefined();
          if (result.changedTasks) {
            const changed = new Set(result.changedTasks);
            if (result.rebuiltTasks) {
              const rebuilt = new Set(result.rebuiltTasks);
              for (const t of changed) expect(rebuilt.has(t)).toBe(true);
            } else {
              finishMoves++;
            }
            for (let t = 0; t < previous.length; t++) {
              expect(result.tasks[t]).toBe(previous[t]);
              const same = JSON.stringify(result.tasks[t]) === JSON.stringify(previousValues[t]);
              expect(changed.has(t), `task ${t} changed`).toBe(!same);
            }
          }
          previous = result.tasks.slice();
          previousValues = previous.map((task) => ({ ...task }));
        }
      }),
      { numRuns: RUNS },
    );
    // some edits moved the project finish: every task recomputed, in the same objects
    expect(finishMoves).toBeGreaterThan(0);
  }, 600_000);

  it('in place, hand out one task list: the previous result reads as the next', () => {
    const plan = generateProject({ tasks: 200, seed: 5 });
    const parents = new Set(plan.tasks.map((t) => t.parentId));
    const leaf = plan.tasks.find((t) => !parents.has(t.id)) as (typeof plan.tasks)[number];
    const inPlace = createScheduler(plan, { resultsInPlace: true });
    const snapshots = createScheduler(plan);
    const first = inPlace.result().tasks;
    const firstSnapshot = snapshots.result().tasks;
    inPlace.updateTask(leaf.id, { duration: leaf.duration + 5 * DAY });
    snapshots.updateTask(leaf.id, { duration: leaf.duration + 5 * DAY });
    const next = inPlace.result();
    const nextSnapshot = snapshots.result();
    expect(next.rebuiltTasks?.length).toBeGreaterThan(0);
    expect(next.tasks).toBe(first);
    expect(nextSnapshot.tasks).not.toBe(firstSnapshot);
    expect(next.tasks).toEqual(nextSnapshot.tasks);
  });

  it('equal a full reschedule on a generated 1,000-task plan, sharing what edits did not touch', () => {
    const plan = generateProject({ tasks: 1000, seed: 3 });
    const parents = new Set(plan.tasks.map((t) => t.parentId));
    const leaves = plan.tasks.filter((t) => !parents.has(t.id));
    const scheduler = createScheduler(plan);
    const prng = mulberry32(11);
    let previous = scheduler.result().tasks;
    let fullPasses = 0;
    let shared = 0;
    for (let e = 0; e < 120; e++) {
      const task = prng.pick(leaves);
      if (scheduler.updateTask(task.id, randomPatch(prng, plan.settings.start, 'SNET')).fullPass)
        fullPasses++;
      const result = scheduler.result();
      const full = schedule(scheduler.project());
      expect(result.tasks).toEqual(full.tasks);
      expect(result.finish).toBe(full.finish);
      expect(result.issues).toEqual(full.issues);
      expect(result.criticalPath).toEqual(full.criticalPath);
      for (let t = 0; t < previous.length; t++) if (result.tasks[t] === previous[t]) shared++;
      previous = result.tasks;
    }
    // both paths ran: edits that moved the project finish, and edits that shared most tasks
    expect(fullPasses).toBeGreaterThan(0);
    expect(shared / (120 * previous.length)).toBeGreaterThan(0.5);
  });

  it('equal a full reschedule of a plan scheduled from its finish, after edits', () => {
    const generated = generateProject({ tasks: 1000, seed: 3 });
    const plan: ProjectInput = {
      ...generated,
      settings: {
        ...generated.settings,
        scheduleFrom: 'finish',
        finish: generated.settings.start + 400 * 1440,
      },
    };
    const parents = new Set(plan.tasks.map((t) => t.parentId));
    const leaves = plan.tasks.filter((t) => !parents.has(t.id));
    const scheduler = createScheduler(plan);
    const prng = mulberry32(11);
    for (let e = 0; e < 30; e++) {
      const task = prng.pick(leaves);
      scheduler.updateTask(task.id, randomPatch(prng, plan.settings.start, 'SNLT'));
      const full = schedule(scheduler.project());
      expect(contents(scheduler.result())).toEqual(contents(full));
    }
  });
});
