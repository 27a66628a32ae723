import { describe, expect, it } from 'vitest';
import { ScheduleInputError } from '../model/schedule.types';
import { link, project } from './project-builders.testkit';
import { schedule } from './schedule';

function errorOf(run: () => unknown): ScheduleInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScheduleInputError) return error;
    throw error;
  }
  throw new Error('expected a ScheduleInputError');
}

describe('input errors', () => {
  it('names the tasks of a dependency cycle in link order', () => {
    const error = errorOf(() =>
      schedule(
        project(
          [{ id: 'x' }, { id: 'a' }, { id: 'b' }, { id: 'c' }],
          [link('x', 'a'), link('a', 'b'), link('b', 'c'), link('c', 'a')],
        ),
      ),
    );
    expect(error.code).toBe('cycle');
    expect([...error.taskIds].sort()).toEqual(['a', 'b', 'c']);
    expect(error.message).toMatch(/a → b → c → a|b → c → a → b|c → a → b → c/);
  });

  it('names the missing task of a link', () => {
    const error = errorOf(() => schedule(project([{ id: 'a' }], [link('a', 'ghost')])));
    expect(error.code).toBe('missing-task');
    expect(error.taskIds).toEqual(['ghost']);
    expect(error.message).toContain('ghost');
  });

  it('rejects a negative duration, naming the task', () => {
    const error = errorOf(() => schedule(project([{ id: 'a', duration: -60 }])));
    expect(error.code).toBe('invalid-value');
    expect(error.taskIds).toEqual(['a']);
    expect(error.message).toMatch(/task "a".*duration/);
  });

  it('rejects a constraint without a date and an unknown calendar', () => {
    expect(errorOf(() => schedule(project([{ id: 'a', constraint: { type: 'MSO' } }]))).code).toBe(
      'invalid-value',
    );
    const error = errorOf(() => schedule(project([{ id: 'a', calendarId: 'nope' }])));
    expect(error.message).toMatch(/task "a".*calendar "nope"/);
  });

  it('rejects a parent that does not exist', () => {
    expect(errorOf(() => schedule(project([{ id: 'a', parentId: 'p' }]))).code).toBe('missing-task');
  });
});
