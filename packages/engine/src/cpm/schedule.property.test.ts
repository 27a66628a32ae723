import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendars, standardCalendar } from '../calendar/index';
import type { CalendarDefinition } from '../model/calendar.types';
import type { LinkInput, ProjectInput, TaskConstraint } from '../model/project.types';
import type { ScheduledTask, ScheduleResult } from '../model/schedule.types';
import { at, DAY, project, type TaskSpec } from './project-builders.testkit';
import { schedule } from './schedule';
import { createScheduler } from './scheduler';

const holidayCalendar: CalendarDefinition = {
  ...standardCalendar('standard'),
  exceptions: [
    { name: 'holiday', from: at('2026-01-14T00:00'), to: at('2026-01-15T00:00'), working: false, ranges: [] },
  ],
};
const calendar = compileCalendars([holidayCalendar]).get('standard')!;
const START = at('2026-01-05T08:00');
/** Runs per property; raise with CPM_PROPERTY_RUNS=5000 for a deeper search. */
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
const RUNS = Number(env?.CPM_PROPERTY_RUNS ?? 300);

interface NetworkOptions {
  readonly constraints: boolean;
  readonly summaries: boolean;
  /**
   * Elapsed lags across nights and weekends make slack and "driving" differ from working time, and
   * an ALAP task cannot start at a non-working instant an elapsed lag may ask for: tested apart.
   */
  readonly elapsedLags: boolean;
  readonly alap: boolean;
}

const constraintArb = (alap: boolean): fc.Arbitrary<TaskConstraint | undefined> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    fc.constant<TaskConstraint | undefined>(alap ? { type: 'ALAP' } : undefined),
    fc
      .integer({ min: 0, max: 30 * DAY })
      .map<TaskConstraint>((m) => ({ type: 'SNET', date: calendar.addWorking(START, m) })),
    fc
      .integer({ min: 0, max: 30 * DAY })
      .map<TaskConstraint>((m) => ({ type: 'FNET', date: calendar.addWorking(START, m) })),
  );

const linkArb = (lagUnits: readonly LinkInput['lagUnit'][]) =>
  fc.record({
    from: fc.nat(),
    to: fc.nat(),
    type: fc.constantFrom<LinkInput['type']>('FS', 'FS', 'FS', 'SS', 'FF', 'SF'),
    lag: fc.integer({ min: -2 * DAY, max: 2 * DAY }),
    lagUnit: fc.constantFrom(...lagUnits),
  });

/** Random acyclic networks: links always go from a lower to a higher index. */
function networkArb(options: NetworkOptions): fc.Arbitrary<ProjectInput> {
  return fc
    .record({
      tasks: fc.array(
        fc.record({
          duration: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 * DAY })),
          constraint: options.constraints ? constraintArb(options.alap) : fc.constant(undefined),
          parent: options.summaries ? fc.option(fc.nat(), { freq: 3 }) : fc.constant(null),
        }),
        { minLength: 1, maxLength: 30 },
      ),
      links: fc.array(
        linkArb(options.elapsedLags ? ['d', 'd', 'h', 'ed', 'eh', '%'] : ['d', 'd', 'h', '%']),
        {
          maxLength: 45,
        },
      ),
    })
    .map(({ tasks, links }) => {
      const parents: (number | null)[] = tasks.map((t, i) =>
        t.parent === null || i === 0 ? null : t.parent % i,
      );
      // A summary finishes after its last descendant: links out of it go to later tasks only.
      const lastDescendant = tasks.map((_, i) => i);
      for (let i = tasks.length - 1; i > 0; i--) {
        for (let p = parents[i]; p !== null; p = parents[p])
          lastDescendant[p] = Math.max(lastDescendant[p], i);
      }
      const specs: TaskSpec[] = tasks.map((t, i) => ({
        id: `t${i}`,
        duration: t.duration,
        parentId: parents[i] === null ? null : `t${parents[i]}`,
        ...(t.constraint ? { constraint: t.constraint } : {}),
      }));
      const seen = new Set<string>();
      const kept: LinkInput[] = [];
      for (const l of links) {
        if (tasks.length < 2) break;
        const a = l.from % tasks.length;
        const b = l.to % tasks.length;
        if (a === b) continue;
        const [p, s] = a < b ? [a, b] : [b, a];
        if (s <= lastDescendant[p]) continue;
        // A percent lag on a summary predecessor counts its early span (the placement of ALAP
        // children comes later), which this test's reading of the result cannot rebuild.
        if (l.lagUnit === '%' && lastDescendant[p] > p) continue;
        if (seen.has(`${p}-${s}`)) continue;
        seen.add(`${p}-${s}`);
        const lag = l.lagUnit === '%' ? Math.round((l.lag / (2 * DAY)) * 100) : l.lag;
        kept.push({ predecessorId: `t${p}`, successorId: `t${s}`, type: l.type, lag, lagUnit: l.lagUnit });
      }
      return project(specs, kept, {}, [holidayCalendar]);
    });
}

function byId(result: ScheduleResult): Map<string, ScheduledTask> {
  return new Map(result.tasks.map((t) => [t.id, t]));
}

/** The date a link requires of its successor (start for FS/SS, finish for FF/SF), from the given dates. */
function requiredDate(l: LinkInput, pred: { start: number; finish: number; duration: number }): number {
  const base = l.type === 'FS' || l.type === 'FF' ? pred.finish : pred.start;
  if (l.lagUnit === 'ed' || l.lagUnit === 'eh') return base + l.lag;
  const lag = l.lagUnit === '%' ? Math.round((l.lag * pred.duration) / 100) : l.lag;
  return calendar.addWorking(base, lag);
}

const succDate = (l: LinkInput, t: { start: number; finish: number }): number =>
  l.type === 'FS' || l.type === 'SS' ? t.start : t.finish;

describe('schedule on random networks', () => {
  it.each([
    ['with ALAP tasks', { constraints: true, summaries: true, elapsedLags: false, alap: true }],
    ['with elapsed lags', { constraints: true, summaries: true, elapsedLags: true, alap: false }],
  ])('satisfies every link and every SNET date, in working time (%s)', (_, options) => {
    fc.assert(
      fc.property(networkArb(options), (p) => {
        const tasks = byId(schedule(p));
        const input = new Map(p.tasks.map((t) => [t.id, t]));
        for (const l of p.links) {
          const pred = tasks.get(l.predecessorId)!;
          const duration = input.get(l.predecessorId)!.duration;
          const required = requiredDate(l, { ...pred, duration: pred.summary ? pred.duration : duration });
          expect(
            calendar.workingBetween(required, succDate(l, tasks.get(l.successorId)!)),
          ).toBeGreaterThanOrEqual(0);
        }
        for (const t of p.tasks) {
          if (t.constraint?.type !== 'SNET') continue;
          expect(calendar.workingBetween(t.constraint.date!, tasks.get(t.id)!.start)).toBeGreaterThanOrEqual(
            0,
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives no task negative total slack without hard constraints', () => {
    fc.assert(
      fc.property(networkArb({ constraints: true, summaries: true, elapsedLags: false, alap: true }), (p) => {
        for (const t of schedule(p).tasks) expect(t.totalSlack).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('links critical tasks into chains from the project start to the project finish', () => {
    fc.assert(
      fc.property(
        networkArb({ constraints: false, summaries: false, elapsedLags: false, alap: false }),
        (p) => {
          const result = schedule(p);
          const tasks = byId(result);
          const early = (id: string) => {
            const t = tasks.get(id)!;
            return {
              start: t.earlyStart,
              finish: t.earlyFinish,
              duration: p.tasks.find((x) => x.id === id)!.duration,
            };
          };
          const critical = result.tasks.filter((t) => t.critical);
          expect(critical.length).toBeGreaterThan(0);
          for (const t of critical) {
            const driven = p.links.some(
              (l) =>
                l.successorId === t.id &&
                tasks.get(l.predecessorId)!.critical &&
                calendar.workingBetween(requiredDate(l, early(l.predecessorId)), succDate(l, early(t.id))) ===
                  0,
            );
            expect(driven || calendar.workingBetween(result.start, t.earlyStart) === 0).toBe(true);
            const drives = p.links.some(
              (l) =>
                l.predecessorId === t.id &&
                tasks.get(l.successorId)!.critical &&
                calendar.workingBetween(requiredDate(l, early(t.id)), succDate(l, early(l.successorId))) ===
                  0,
            );
            expect(drives || calendar.workingBetween(t.earlyFinish, result.finish) === 0).toBe(true);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reschedules incrementally exactly as a full reschedule does, after duration, date and link edits', () => {
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('duration' as const),
        task: fc.nat(),
        duration: fc.integer({ min: 0, max: 6 * DAY }),
      }),
      fc.record({
        kind: fc.constant('dates' as const),
        task: fc.nat(),
        // ASAP ↔ SNET/FNET only: a change of placement (ALAP) recompiles, tested by the others
        constraint: fc.option(
          fc.record({
            type: fc.constantFrom<'SNET' | 'FNET'>('SNET', 'FNET'),
            offset: fc.integer({ min: 0, max: 30 * DAY }),
          }),
        ),
        deadline: fc.option(fc.integer({ min: 0, max: 30 * DAY })),
      }),
      fc.record({ kind: fc.constant('remove' as const), link: fc.nat() }),
      fc.record({ kind: fc.constant('add' as const), link: linkArb(['d', 'h', 'ed']) }),
    );
    fc.assert(
      fc.property(
        networkArb({ constraints: true, summaries: true, elapsedLags: true, alap: true }),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        (p, edits) => {
          const scheduler = createScheduler(p);
          const last = lastDescendants(p);
          for (const e of edits) {
            const links = scheduler.project().links;
            if (e.kind === 'duration') {
              const t = p.tasks[e.task % p.tasks.length];
              if (last[e.task % p.tasks.length] > e.task % p.tasks.length) continue;
              scheduler.updateDuration(t.id, e.duration);
            } else if (e.kind === 'dates') {
              const t = scheduler.project().tasks[e.task % p.tasks.length];
              if (last[e.task % p.tasks.length] > e.task % p.tasks.length) continue;
              if (t.constraint?.type === 'ALAP') continue;
              scheduler.updateTask(t.id, {
                constraint: e.constraint
                  ? { type: e.constraint.type, date: calendar.addWorking(START, e.constraint.offset) }
                  : undefined,
                deadline: e.deadline === null ? undefined : calendar.addWorking(START, e.deadline),
              });
            } else if (e.kind === 'remove') {
              if (links.length === 0) continue;
              const gone = links[e.link % links.length];
              scheduler.removeLink(gone.predecessorId, gone.successorId);
            } else {
              const a = e.link.from % p.tasks.length;
              const b = e.link.to % p.tasks.length;
              const [from, to] = a < b ? [a, b] : [b, a];
              if (from === to || to <= last[from]) continue;
              const [pid, sid] = [p.tasks[from].id, p.tasks[to].id];
              if (links.some((l) => l.predecessorId === pid && l.successorId === sid)) continue;
              scheduler.addLink({
                predecessorId: pid,
                successorId: sid,
                type: e.link.type,
                lag: e.link.lag,
                lagUnit: e.link.lagUnit,
              });
            }
            const full = schedule(scheduler.project());
            const incremental = scheduler.result();
            expect(incremental.tasks).toEqual(full.tasks);
            expect([incremental.start, incremental.finish]).toEqual([full.start, full.finish]);
            expect(incremental.criticalPath).toEqual(full.criticalPath);
            expect(incremental.issues).toEqual(full.issues);
          }
        },
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

/** Index of each task's last descendant (itself for a leaf); tasks come parents first. */
function lastDescendants(p: ProjectInput): number[] {
  const index = new Map(p.tasks.map((t, i) => [t.id, i]));
  const last = p.tasks.map((_, i) => i);
  for (let i = p.tasks.length - 1; i >= 0; i--) {
    for (let q = p.tasks[i].parentId; q !== null; q = p.tasks[index.get(q)!].parentId) {
      last[index.get(q)!] = Math.max(last[index.get(q)!], i);
    }
  }
  return last;
}
