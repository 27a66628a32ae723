import { ApiError, problemTypes, type Stakeholder, stakeholderSchema } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { rebaseAfterConflict } from './form-conflict';
import { changedFields } from './form-diff';

const theirs: Stakeholder = {
  id: '00000000-0000-7000-8000-000000000001',
  workspaceId: '00000000-0000-7000-8000-000000000002',
  productId: null,
  name: 'Legal',
  role: 'Counsel',
  organisation: 'Legal & compliance',
  power: 4,
  interest: 2,
  quadrant: 'keep-satisfied',
  engagementPlan: '',
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
};
const valuesOf = ({ name, role, organisation, power }: Stakeholder) => ({ name, role, organisation, power });
const base = { name: 'Legal', role: 'Counsel', organisation: 'Legal', power: 2 };
// this user changed the role and, like the other person, the power
const mine = { ...base, role: 'General counsel', power: 5 };
const labels = { name: 'name', role: 'role', organisation: 'organisation', power: 'power' };
const conflict = (current: unknown) =>
  new ApiError({ type: problemTypes.versionConflict, title: 'Edit conflict', status: 409, current });

describe('an edit refused because someone else saved first', () => {
  it('moves to their version and names what they changed', () => {
    const rebase = rebaseAfterConflict(conflict(theirs), stakeholderSchema, { base, mine }, valuesOf, labels);
    expect(rebase?.version).toBe(3);
    expect(rebase?.message).toMatch(
      /^Someone else changed the organisation and power while you were editing;/,
    );
  });

  it('shows their values where this user changed nothing, and keeps this user’s changes', () => {
    const rebase = rebaseAfterConflict(conflict(theirs), stakeholderSchema, { base, mine }, valuesOf, labels);
    expect(rebase?.form).toEqual({
      name: 'Legal',
      role: 'General counsel',
      organisation: 'Legal & compliance',
      power: 5,
    });
    // saving again sends only this user's own changes
    expect(rebase && changedFields(rebase.base, rebase.form)).toEqual({ role: 'General counsel', power: 5 });
  });

  it('still offers to save again when nothing the dialog shows was changed', () => {
    const same = { ...theirs, organisation: 'Legal', power: 2 };
    const rebase = rebaseAfterConflict(conflict(same), stakeholderSchema, { base, mine }, valuesOf, labels);
    expect(rebase?.message).toMatch(/^Someone else saved a change/);
  });

  it('gives up when the error is not a conflict or its copy is unreadable', () => {
    const notFound = new ApiError({ type: problemTypes.notFound, title: 'Not found', status: 404 });
    expect(rebaseAfterConflict(notFound, stakeholderSchema, { base, mine }, valuesOf, labels)).toBeNull();
    expect(
      rebaseAfterConflict(conflict({ id: 'x' }), stakeholderSchema, { base, mine }, valuesOf, labels),
    ).toBeNull();
  });
});
