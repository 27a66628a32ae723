import type { Problem, ProblemFieldError } from './contracts/problem';

/** A non-2xx answer from the API, carrying its RFC 9457 problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  /** Field errors named by the server (empty when the problem is not about input). */
  get fieldErrors(): readonly ProblemFieldError[] {
    return this.problem.errors ?? [];
  }

  /** The message for one field (`'name'` or `'body.name'`), if the server named it. */
  messageFor(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field || e.field === `body.${field}`)?.message;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
