import { type ProblemFieldError, problemTypes } from '@tandem/api';

/**
 * An error that becomes an RFC 9457 problem answer as it is: services throw these for everything
 * the client did wrong; anything else that escapes is a 500 without internals.
 */
export class ProblemError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: readonly ProblemFieldError[] | undefined;
  /** Extension members (e.g. `current` on a version conflict). */
  readonly extensions: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string>>;

  constructor(init: {
    status: number;
    type: string;
    title: string;
    detail: string;
    errors?: readonly ProblemFieldError[];
    extensions?: Record<string, unknown>;
    headers?: Record<string, string>;
  }) {
    super(init.detail);
    this.name = 'ProblemError';
    this.status = init.status;
    this.type = init.type;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors;
    this.extensions = init.extensions ?? {};
    this.headers = init.headers ?? {};
  }
}

/** Factories for the problems services raise, one line each. */
export const problems = {
  validation: (field: string, message: string) =>
    new ProblemError({
      status: 400,
      type: problemTypes.validation,
      title: 'Invalid request',
      detail: `${field}: ${message}`,
      errors: [{ field, message }],
    }),
  unauthenticated: (detail = 'sign in first: no valid session cookie') =>
    new ProblemError({ status: 401, type: problemTypes.unauthenticated, title: 'Not signed in', detail }),
  invalidCredentials: () =>
    new ProblemError({
      status: 401,
      type: problemTypes.invalidCredentials,
      title: 'Sign-in failed',
      detail: 'the email or the password is wrong',
    }),
  forbidden: (detail: string) =>
    new ProblemError({ status: 403, type: problemTypes.forbidden, title: 'Forbidden', detail }),
  csrf: (detail: string) =>
    new ProblemError({ status: 403, type: problemTypes.csrf, title: 'CSRF check failed', detail }),
  /** Absent and not-yours look the same: never reveal that another workspace's object exists. */
  notFound: (what: string, id: string) =>
    new ProblemError({
      status: 404,
      type: problemTypes.notFound,
      title: 'Not found',
      detail: `${what} ${id} not found`,
    }),
  conflict: (field: string, message: string) =>
    new ProblemError({
      status: 409,
      type: problemTypes.conflict,
      title: 'Conflict',
      detail: `${field}: ${message}`,
      errors: [{ field, message }],
    }),
  versionConflict: (what: string, sentVersion: number, current: unknown, currentVersion: number) =>
    new ProblemError({
      status: 409,
      type: problemTypes.versionConflict,
      title: 'Edit conflict',
      detail: `${what} is at version ${currentVersion}, the request was based on version ${sentVersion}: reload and retry`,
      errors: [{ field: 'version', message: `stale: current version is ${currentVersion}` }],
      extensions: { current },
    }),
  tooManySignIns: (retryAfterSeconds: number) =>
    new ProblemError({
      status: 429,
      type: problemTypes.tooManyRequests,
      title: 'Too many failed sign-ins',
      detail: `too many failed sign-ins: try again in ${retryAfterSeconds} seconds`,
      headers: { 'retry-after': String(retryAfterSeconds) },
    }),
};
