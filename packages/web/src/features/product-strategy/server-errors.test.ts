import { ApiError } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './server-errors';

const problem = (errors: { field: string; message: string }[], status = 400) =>
  new ApiError({ type: 'about:blank', title: 'Invalid request', status, errors });

describe('fieldErrorsOf', () => {
  it('keys errors by form path, labelling top-level fields', () => {
    expect(
      fieldErrorsOf(
        problem([
          { field: 'body.title', message: 'must not be empty' },
          { field: 'body.keyResults.1.target', message: 'must differ from the baseline' },
        ]),
      ),
    ).toEqual({ title: 'Title must not be empty', 'keyResults.1.target': 'Must differ from the baseline' });
  });

  it('leaves out the stale version of a 409', () => {
    expect(
      fieldErrorsOf(problem([{ field: 'version', message: 'stale: current version is 4' }], 409)),
    ).toEqual({});
  });

  it('is empty for errors that are not API problems', () => {
    expect(fieldErrorsOf(new TypeError('Failed to fetch'))).toEqual({});
  });
});
