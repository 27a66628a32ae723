import { ApiError } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import {
  addConflict,
  type Conflict,
  conflictFromError,
  conflictKey,
  conflictRows,
  NO_CONFLICTS,
  reapplyBody,
  removeConflict,
} from './conflict-state';

const theirs = { id: 't1', name: 'Design (renamed by Ada)', duration: 2400, version: 4 };
const conflict: Conflict = {
  key: conflictKey('task', 't1'),
  kind: 'task',
  objectId: 't1',
  projectId: 'p1',
  label: 'Design',
  yours: { name: 'Design review', duration: 2400 },
  theirs,
};

describe('conflict state', () => {
  it('compares theirs with yours for the fields you changed', () => {
    expect(conflictRows(conflict)).toEqual([
      { field: 'name', theirs: 'Design (renamed by Ada)', yours: 'Design review', same: false },
      { field: 'duration', theirs: 2400, yours: 2400, same: true },
    ]);
  });
  it('reapplies your fields with their current version', () => {
    expect(reapplyBody(conflict)).toEqual({ name: 'Design review', duration: 2400, version: 4 });
  });
  it('cannot reapply onto a deleted object', () => {
    expect(() => reapplyBody({ ...conflict, theirs: null })).toThrow('Design was deleted');
  });
  it('keeps one conflict per object, merging your later changes and taking their newer state', () => {
    const first = addConflict(NO_CONFLICTS, conflict);
    const second = addConflict(first, {
      ...conflict,
      yours: { percentComplete: 50 },
      theirs: { ...theirs, version: 5 },
    });
    expect(second).toHaveLength(1);
    expect(second[0].yours).toEqual({ name: 'Design review', duration: 2400, percentComplete: 50 });
    expect(second[0].theirs?.version).toBe(5);
    const other = addConflict(second, {
      ...conflict,
      key: conflictKey('link', 'l1'),
      kind: 'link',
      objectId: 'l1',
    });
    expect(other).toHaveLength(2);
  });
  it('forgets a conflict once resolved, and nothing else', () => {
    const state = addConflict(addConflict(NO_CONFLICTS, conflict), {
      ...conflict,
      key: 'task:t2',
      objectId: 't2',
    });
    expect(removeConflict(state, 'task:t1').map((c) => c.key)).toEqual(['task:t2']);
    expect(removeConflict(state, 'task:nope')).toBe(state);
  });
});

describe('conflictFromError', () => {
  it('reads the current object of a 409', () => {
    const error = new ApiError({
      type: '/problems/version-conflict',
      title: 'Conflict',
      status: 409,
      current: theirs,
    });
    expect(conflictFromError(error)).toEqual({ current: theirs, deleted: false });
  });
  it('reads a 404 as deleted meanwhile', () => {
    expect(
      conflictFromError(new ApiError({ type: '/problems/not-found', title: 'Not found', status: 404 })),
    ).toEqual({
      current: null,
      deleted: true,
    });
  });
  it('ignores other errors and a 409 without the current object', () => {
    expect(
      conflictFromError(new ApiError({ type: '/problems/validation', title: 'Bad', status: 400 })),
    ).toBeNull();
    expect(
      conflictFromError(new ApiError({ type: '/problems/conflict', title: 'Conflict', status: 409 })),
    ).toBeNull();
    expect(conflictFromError(new Error('network'))).toBeNull();
  });
});
