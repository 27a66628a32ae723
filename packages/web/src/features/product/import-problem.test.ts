import { ApiError } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { importProblemMessage } from './import-problem';

describe('importProblemMessage', () => {
  it('shows the server detail with the line and column of the bad row', () => {
    const error = new ApiError({
      type: 'https://tandem.dev/problems/validation',
      title: 'Invalid input',
      status: 400,
      detail: 'feedback.csv:3: column importance: Invalid option',
      errors: [{ field: 'body.csv:3:importance', message: 'Invalid option' }],
    });
    expect(importProblemMessage(error)).toBe('feedback.csv:3: column importance: Invalid option');
  });

  it('falls back to the general description for other failures', () => {
    expect(importProblemMessage(new Error('disk full'))).toBe('disk full');
  });
});
