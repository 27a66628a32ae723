import { ApiError, problemTypes } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { describeError, formErrorsFrom, isUnauthenticated, retryAfterSeconds } from './problem';

const tooMany = new ApiError({
  type: problemTypes.tooManyRequests,
  title: 'Too many failed sign-ins',
  status: 429,
  detail: 'too many failed sign-ins: try again in 840 seconds',
});

describe('problem messages', () => {
  it('tells how long to wait after too many sign-in attempts', () => {
    expect(retryAfterSeconds(tooMany)).toBe(840);
    expect(describeError(tooMany)).toBe('Too many attempts, try again in 840 s.');
  });
  it('says a wrong password plainly, and does not treat it as a lost session', () => {
    const wrong = new ApiError({
      type: problemTypes.invalidCredentials,
      title: 'Sign-in failed',
      status: 401,
    });
    expect(describeError(wrong)).toBe('Wrong email or password.');
    expect(isUnauthenticated(wrong)).toBe(false);
    const noSession = new ApiError({
      type: problemTypes.unauthenticated,
      title: 'Not signed in',
      status: 401,
    });
    expect(isUnauthenticated(noSession)).toBe(true);
  });
  it('names the offending field', () => {
    const invalid = new ApiError({
      type: problemTypes.validation,
      title: 'Invalid request',
      status: 400,
      errors: [{ field: 'body.startDate', message: 'must be a date-time' }],
    });
    expect(describeError(invalid)).toBe('Start date must be a date-time.');
    expect(formErrorsFrom(invalid)).toEqual({ startDate: 'Start date must be a date-time' });
  });
  it('explains an unreachable server', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/cannot be reached/);
  });
});
