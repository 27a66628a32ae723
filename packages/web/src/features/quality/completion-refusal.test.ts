import { ApiError } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { completionRefusal, refusalMessage } from './completion-refusal';

const conflict = (extra: Record<string, unknown>) =>
  new ApiError({ type: '/problems/conflict', title: 'Conflict', status: 409, ...extra });

describe('completion refused by a quality gate', () => {
  it('reads the blockers the server sends with its 409', () => {
    const error = conflict({ blockers: ['1 of 2 acceptance criteria not met: "Tested"', 'not signed off'] });
    expect(completionRefusal(error)).toEqual([
      '1 of 2 acceptance criteria not met: "Tested"',
      'not signed off',
    ]);
  });

  it('falls back to the field errors, then to the detail', () => {
    expect(
      completionRefusal(
        conflict({ errors: [{ field: 'body.percentComplete', message: 'the gate is not satisfied' }] }),
      ),
    ).toEqual(['the gate is not satisfied']);
    expect(completionRefusal(conflict({ detail: 'the gate is not satisfied' }))).toEqual([
      'the gate is not satisfied',
    ]);
  });

  it('does not mistake a version conflict or another failure for a refusal', () => {
    expect(completionRefusal(conflict({ current: { version: 3 } }))).toBeNull();
    expect(completionRefusal(new ApiError({ type: 'x', title: 'Bad', status: 400 }))).toBeNull();
    expect(completionRefusal(new TypeError('offline'))).toBeNull();
  });

  it('says the reasons in one sentence', () => {
    expect(refusalMessage('Go-live', ['a', 'b'])).toBe('Go-live cannot be completed: a; b.');
  });
});
