import { ApiError, problemTypes } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { conflictCurrent, formProblem } from './form-problem';

const invalid = (errors: { field: string; message: string }[]) =>
  new ApiError({ type: problemTypes.validation, title: 'Invalid request', status: 400, errors });

describe('a refused write shown on a form', () => {
  it('puts each field error under its field', () => {
    const problem = formProblem(invalid([{ field: 'body.name', message: 'must not be empty' }]), ['name']);
    expect(problem).toEqual({ fields: { name: 'Name must not be empty' }, general: null, conflict: false });
  });
  it('names the list item the server refused', () => {
    const problem = formProblem(invalid([{ field: 'body.links.2', message: 'must be an http(s) URL' }]), [
      'links',
    ]);
    expect(problem.fields.links).toBe('Links item 3 must be an http(s) URL');
  });
  it('keeps the first message when a field has several', () => {
    const problem = formProblem(
      invalid([
        { field: 'body.strengths.0', message: 'must not be empty' },
        { field: 'body.strengths.4', message: 'must be at most 1000 characters' },
      ]),
      ['strengths'],
    );
    expect(problem.fields.strengths).toBe('Strengths item 1 must not be empty');
  });
  it('says above the form what no field of it can show', () => {
    const problem = formProblem(invalid([{ field: 'body.productId', message: 'is not a product' }]), [
      'name',
    ]);
    expect(problem.fields).toEqual({});
    expect(problem.general).toBe('Product id is not a product.');
  });
  it('recognises a stale version and hands back the server’s copy', () => {
    const current = { id: 'x', version: 4 };
    const stale = new ApiError({
      type: problemTypes.versionConflict,
      title: 'Edit conflict',
      status: 409,
      errors: [{ field: 'version', message: 'stale: current version is 4' }],
      current,
    });
    const problem = formProblem(stale, ['name', 'version']);
    expect(problem.conflict).toBe(true);
    expect(problem.fields).toEqual({});
    expect(conflictCurrent(stale)).toEqual(current);
  });
  it('explains a failure that is not about input', () => {
    const forbidden = new ApiError({
      type: problemTypes.forbidden,
      title: 'Forbidden',
      status: 403,
      detail: 'a viewer cannot change the market analysis',
    });
    expect(formProblem(forbidden, ['name']).general).toBe('a viewer cannot change the market analysis');
    expect(formProblem(null, ['name']).general).toBeNull();
  });
});
