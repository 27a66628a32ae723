import { describe, expect, it } from 'vitest';
import { compileCalendars } from '../calendar/index';
import { compileNetwork } from './compile-network';
import { hasProgressInput, needsProgressArrays } from './progress-data';
import { at, DAY, link, project } from './project-builders.testkit';

const plan = (extra: Record<string, unknown> = {}) =>
  project(
    [
      { id: 'a', duration: DAY },
      { id: 'b', duration: DAY, ...extra },
    ],
    [link('a', 'b')],
  );

const compiled = (p: ReturnType<typeof plan>) => compileNetwork(p, compileCalendars(p.calendars));

describe('progress arrays', () => {
  it('are left empty for a plan without progress or manual dates', () => {
    const net = compiled(plan());
    expect(net.percentComplete.length).toBe(0);
    expect(net.actualStart.length).toBe(0);
    expect(net.manualFinish.length).toBe(0);
  });

  it('cover every node as soon as one task has progress, the others reading as none', () => {
    const net = compiled(plan({ actualStart: at('2026-01-05T08:00'), percentComplete: 50 }));
    expect(net.percentComplete.length).toBe(net.nodeCount);
    expect([...net.percentComplete]).toEqual([0, 50]);
    expect(net.actualStart[0]).toBeNaN();
    expect(net.actualStart[1]).toBe(at('2026-01-05T08:00'));
  });

  it('cover every node for manual dates too', () => {
    const net = compiled(plan({ manual: true, manualStart: at('2026-01-06T08:00') }));
    expect(net.manualStart[1]).toBe(at('2026-01-06T08:00'));
  });

  it('tell progress from manual dates', () => {
    const task = plan().tasks[0];
    expect(hasProgressInput(task)).toBe(false);
    expect(hasProgressInput({ ...task, percentComplete: 10 })).toBe(true);
    expect(hasProgressInput({ ...task, remainingDuration: 0 })).toBe(true);
    expect(hasProgressInput({ ...task, manualStart: at('2026-01-06T08:00') })).toBe(false);
    expect(needsProgressArrays({ ...task, manualStart: at('2026-01-06T08:00') })).toBe(true);
    expect(needsProgressArrays({ ...task, actualStart: null })).toBe(false);
  });
});
