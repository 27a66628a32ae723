import { describe, expect, it } from 'vitest';
import { generateProject } from '../bench/generate-project';
import type { ProjectInput } from '../model/project.types';
import { ScheduleInputError } from '../model/schedule.types';
import { at, DAY, dates, link, project } from './project-builders.testkit';
import { schedule } from './schedule';
import { createScheduler } from './scheduler';

const chain = (): ProjectInput =>
  project(
    [{ id: 'a', duration: 2 * DAY }, { id: 'b' }, { id: 'c' }, { id: 'side' }],
    [link('a', 'b'), link('b', 'c')],
  );

describe('incremental scheduler', () => {
  it('moves successors when a predecessor slips, touching only its cone', () => {
    const scheduler = createScheduler(chain());
    const stats = scheduler.updateDuration('b', 3 * DAY);
    expect(dates(scheduler.result(), 'c').start).toBe('2026-01-12T08:00:00');
    expect(stats.fullPass).toBe(true); // the project finish moved
    const quiet = scheduler.updateDuration('side', 2 * DAY);
    expect(quiet.fullPass).toBe(false);
    expect(quiet.forwardNodes).toBe(1);
    expect(quiet.backwardNodes).toBe(1);
  });

  it('keeps earlier results unchanged after later edits', () => {
    const scheduler = createScheduler(chain());
    const before = scheduler.result();
    scheduler.updateDuration('a', 5 * DAY);
    expect(dates(before, 'c').start).toBe('2026-01-08T08:00:00');
  });

  it('applies constraint and deadline edits in place', () => {
    const scheduler = createScheduler(chain());
    scheduler.updateTask('side', { constraint: { type: 'SNET', date: at('2026-01-07T08:00') } });
    expect(dates(scheduler.result(), 'side').start).toBe('2026-01-07T08:00:00');
    scheduler.updateTask('c', { deadline: at('2026-01-07T17:00') });
    expect(scheduler.result().issues.map((i) => i.kind)).toContain('deadline-missed');
  });

  it('applies progress edits in place, as a full reschedule would', () => {
    const scheduler = createScheduler({
      ...chain(),
      settings: { ...chain().settings, statusDate: at('2026-01-07T08:00') },
    });
    scheduler.updateTask('a', { actualStart: at('2026-01-05T08:00'), percentComplete: 25 });
    expect(scheduler.result().tasks).toEqual(schedule(scheduler.project()).tasks);
    expect(dates(scheduler.result(), 'a').finish).toBe('2026-01-08T12:00:00');
    scheduler.updateTask('a', { actualFinish: at('2026-01-05T17:00'), percentComplete: 100 });
    expect(dates(scheduler.result(), 'a').critical).toBe(false);
    expect(scheduler.result().tasks).toEqual(schedule(scheduler.project()).tasks);
  });

  it('adds and removes links, and refuses one that closes a cycle', () => {
    const scheduler = createScheduler(chain());
    scheduler.addLink(link('c', 'side'));
    expect(dates(scheduler.result(), 'side').start).toBe('2026-01-09T08:00:00');
    expect(() => scheduler.addLink(link('c', 'a'))).toThrow(ScheduleInputError);
    expect(dates(scheduler.result(), 'side').start).toBe('2026-01-09T08:00:00');
    scheduler.removeLink('c', 'side');
    expect(dates(scheduler.result(), 'side').start).toBe('2026-01-05T08:00:00');
    expect(() => scheduler.removeLink('c', 'side')).toThrow(/no link/);
  });

  it('recomputes assignment work from a new duration on a fixed-units task', () => {
    const p: ProjectInput = {
      ...chain(),
      resources: [{ id: 'r', name: 'R', type: 'work', maxUnits: 1 }],
      assignments: [{ id: 'x', taskId: 'a', resourceId: 'r', units: 0.5, work: DAY }],
    };
    const scheduler = createScheduler(p);
    scheduler.updateDuration('a', 4 * DAY);
    expect(scheduler.project().assignments?.[0].work).toBe(2 * DAY);
  });

  it('matches a full reschedule on a generated project after many edits', () => {
    const p = generateProject({ tasks: 800, seed: 5 });
    const scheduler = createScheduler(p);
    const summaries = new Set(p.tasks.map((t) => t.parentId));
    const leaves = p.tasks.filter((t) => !summaries.has(t.id));
    for (let k = 0; k < 25; k++)
      scheduler.updateDuration(leaves[(k * 37) % leaves.length].id, ((k * 7) % 9) * DAY);
    expect(scheduler.result().tasks).toEqual(schedule(scheduler.project()).tasks);
  });
});
