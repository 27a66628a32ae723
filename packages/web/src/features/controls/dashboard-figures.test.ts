import type { Risk, Simulation, Task, TaskQuality } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { daysLate, finishTarget, gatesDue, indexHealth, topRisks } from './dashboard-figures';

function task(id: string, overrides: Partial<Task> = {}): Task {
  return {
    id,
    projectId: 'p',
    parentId: null,
    position: 0,
    outlineLevel: 1,
    wbs: '1',
    name: id,
    duration: 0,
    durationUnit: 'd',
    start: '2026-03-02T08:00:00',
    finish: '2026-03-02T08:00:00',
    milestone: false,
    summary: false,
    percentComplete: 0,
    constraintType: 'ASAP',
    constraintDate: null,
    deadline: null,
    notes: '',
    priority: 500,
    actualStart: null,
    actualFinish: null,
    actualDuration: null,
    remainingDuration: null,
    critical: false,
    totalSlack: 0,
    freeSlack: 0,
    lateStart: '2026-03-02T08:00:00',
    lateFinish: '2026-03-02T08:00:00',
    version: 1,
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    ...overrides,
  } as Task;
}

function risk(code: string, score: number, status: Risk['status'] = 'open'): Risk {
  return { id: code, code, score, status } as Risk;
}

function quality(taskId: string, satisfied: boolean, gated = true): TaskQuality {
  return {
    taskId,
    criteria: [],
    gate: gated ? { taskId, approverId: 'u', signedOffBy: null, signedOffAt: null, version: 1 } : null,
    satisfied,
    blockers: satisfied ? [] : ['the approver has not signed the gate off'],
  };
}

describe('dashboard figures', () => {
  it('grades SPI and CPI as on track, watch or at risk', () => {
    expect(indexHealth(1.02)).toBe('good');
    expect(indexHealth(0.95)).toBe('good');
    expect(indexHealth(0.9)).toBe('watch');
    expect(indexHealth(0.8)).toBe('poor');
    expect(indexHealth(null)).toBe('unknown');
  });

  it('judges P80 against the simulation deadline, then task deadlines, then the baseline finish', () => {
    const withDeadline = { deadline: '2026-04-30T17:00:00' } as Simulation;
    expect(finishTarget(withDeadline, [], '2026-04-01T17:00:00')).toEqual({
      date: '2026-04-30T17:00:00',
      source: 'deadline',
    });
    const tasks = [
      task('a', { deadline: '2026-04-10T17:00:00' }),
      task('b', { deadline: '2026-04-20T17:00:00' }),
    ];
    expect(finishTarget(null, tasks, '2026-04-01T17:00:00')?.date).toBe('2026-04-20T17:00:00');
    expect(finishTarget(null, [task('a')], '2026-04-01T17:00:00')).toEqual({
      date: '2026-04-01T17:00:00',
      source: 'baseline',
    });
    expect(finishTarget(null, [task('a')], null)).toBeNull();
  });

  it('counts calendar days late, negative when early', () => {
    expect(daysLate('2026-04-03T17:00:00', '2026-04-01T17:00:00')).toBe(2);
    expect(daysLate('2026-03-30T17:00:00', '2026-04-01T17:00:00')).toBe(-2);
    expect(() => daysLate('soon', '2026-04-01T17:00:00')).toThrow(/unreadable date "soon"/);
  });

  it('lists the open risks by score, leaving closed ones out', () => {
    const risks = [
      risk('R-1', 4),
      risk('R-2', 20, 'closed'),
      risk('R-3', 12),
      risk('R-10', 12),
      risk('R-4', 9),
    ];
    expect(topRisks(risks, 3).map((r) => r.code)).toEqual(['R-3', 'R-10', 'R-4']);
  });

  it('lists gated milestones whose gate is not satisfied, soonest first', () => {
    const late = task('late', { milestone: true, finish: '2026-05-01T17:00:00' });
    const soon = task('soon', { milestone: true, finish: '2026-04-01T17:00:00' });
    const done = task('done', { milestone: true, percentComplete: 100 });
    const open = task('open', { milestone: true });
    const map = new Map([
      ['late', quality('late', false)],
      ['soon', quality('soon', false)],
      ['done', quality('done', false)],
      ['open', quality('open', true)],
    ]);
    expect(gatesDue([late, soon, done, open], map).map((g) => g.task.id)).toEqual(['soon', 'late']);
  });
});
